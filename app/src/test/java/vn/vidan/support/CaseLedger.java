package vn.vidan.support;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * What a Vidan database holds, read straight from its tables, to check a {@link CaseLoad}'s acknowledged operations
 * against: the dossiers, tips and completed tasks it has, and the ways a case can be doubled or stuck.
 */
public final class CaseLedger {

	private static final String CASES = "('ResidentRequestProcess','TipReportProcess')";

	private final Set<String> dossiers;

	private final Set<String> tips;

	private final Set<String> completedTasks;

	private final Connection connection;

	public CaseLedger(Connection connection) throws SQLException {
		this.connection = connection;
		this.dossiers = strings("SELECT receipt_code FROM req_request");
		this.tips = strings("SELECT reference FROM tip_report");
		this.completedTasks = strings(
				"SELECT ID_ FROM ACT_HI_TASKINST WHERE END_TIME_ IS NOT NULL AND DELETE_REASON_ = 'completed'");
	}

	/** How many of these acknowledged operations the database has. */
	public long found(Collection<CaseLoad.Ack> acks) {
		return acks.stream().filter(this::has).count();
	}

	public boolean has(CaseLoad.Ack ack) {
		return switch (ack.kind()) {
			case DOSSIER -> dossiers.contains(ack.caseKey());
			case TIP -> tips.contains(ack.caseKey());
			case TASK -> completedTasks.contains(ack.taskId());
		};
	}

	/**
	 * Everything done twice: a task of a case completed twice (every step of the load's paths comes once), a status
	 * a dossier reached twice, a tip's step recorded twice, a case with two process instances.
	 */
	public long duplicates() throws SQLException {
		return count("SELECT COUNT(*) FROM (SELECT PROC_INST_ID_, TASK_DEF_KEY_ FROM ACT_HI_TASKINST"
				+ " WHERE DELETE_REASON_ = 'completed' GROUP BY PROC_INST_ID_, TASK_DEF_KEY_ HAVING COUNT(*) > 1) d")
				+ count("SELECT COUNT(*) FROM (SELECT receipt_code, status FROM req_status_change"
						+ " GROUP BY receipt_code, status HAVING COUNT(*) > 1) d")
				+ count("SELECT COUNT(*) FROM (SELECT reference, kind FROM tip_event"
						+ " WHERE kind IN ('RECEIVED','TRIAGED','CONCLUDED','APPROVED','CLOSED')"
						+ " GROUP BY reference, kind HAVING COUNT(*) > 1) d")
				+ count("SELECT COUNT(*) FROM (SELECT BUSINESS_KEY_ FROM ACT_HI_PROCINST WHERE PROC_DEF_KEY_ IN "
						+ CASES + " GROUP BY PROC_DEF_KEY_, BUSINESS_KEY_ HAVING COUNT(*) > 1) d");
	}

	/**
	 * Cases that cannot move forward: a dossier or tip without its process, a case whose record and process disagree
	 * on whether it is closed, a running process with neither an open task nor an async step to run.
	 */
	public long stuck() throws SQLException {
		return count("SELECT COUNT(*) FROM req_request r WHERE NOT EXISTS"
				+ " (SELECT 1 FROM ACT_HI_PROCINST p WHERE p.BUSINESS_KEY_ = r.receipt_code)")
				+ count("SELECT COUNT(*) FROM tip_report t WHERE NOT EXISTS"
						+ " (SELECT 1 FROM ACT_HI_PROCINST p WHERE p.BUSINESS_KEY_ = t.reference)")
				+ count("SELECT COUNT(*) FROM req_request r JOIN ACT_HI_PROCINST p ON p.BUSINESS_KEY_ = r.receipt_code"
						+ " WHERE (r.status = 'CLOSED') <> (p.END_TIME_ IS NOT NULL)")
				+ count("SELECT COUNT(*) FROM tip_report r JOIN ACT_HI_PROCINST p ON p.BUSINESS_KEY_ = r.reference"
						+ " WHERE (r.status = 'CLOSED') <> (p.END_TIME_ IS NOT NULL)")
				+ count("SELECT COUNT(*) FROM ACT_HI_PROCINST p WHERE p.END_TIME_ IS NULL AND p.PROC_DEF_KEY_ IN "
						+ CASES + " AND NOT EXISTS (SELECT 1 FROM ACT_RU_TASK t WHERE t.PROC_INST_ID_ = p.ID_)"
						+ " AND NOT EXISTS (SELECT 1 FROM ACT_RU_JOB j WHERE j.PROCESS_INSTANCE_ID_ = p.ID_"
						+ " AND j.TYPE_ = 'message')");
	}

	/** Incidents: jobs that failed until no retries were left. */
	public long incidents() throws SQLException {
		return count("SELECT COUNT(*) FROM ACT_RU_INCIDENT");
	}

	/** Jobs still locked by an owner whose lock has run out (a killed node); the executor takes them over. */
	public long staleLocks() throws SQLException {
		return count("SELECT COUNT(*) FROM ACT_RU_JOB WHERE LOCK_OWNER_ IS NOT NULL AND LOCK_EXP_TIME_ < NOW()");
	}

	public long count(String sql) throws SQLException {
		try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
			result.next();
			return result.getLong(1);
		}
	}

	private Set<String> strings(String sql) throws SQLException {
		Set<String> values = new HashSet<>();
		try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
			while (result.next()) {
				values.add(result.getString(1));
			}
		}
		return values;
	}

}
