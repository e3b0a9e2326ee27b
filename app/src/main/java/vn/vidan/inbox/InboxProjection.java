package vn.vidan.inbox;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.vidan.org.OrgDirectory;
import vn.vidan.org.OrgSnapshot;
import vn.vidan.process.CaseSummaries;
import vn.vidan.process.CaseSummary;
import vn.vidan.process.EngineClock;

/**
 * Keeps the inbox's tables in step with the engine's user tasks, inside the engine's transaction (called by
 * {@link InboxTaskListener}): a new task gets its row, its candidates and its search tokens; an assignment, an update,
 * a completion or a deletion changes them; and the case's summary (status, subject…) is copied to every open task of
 * the case whenever one of them changes.
 */
@Component
class InboxProjection {

	private final JdbcTemplate jdbc;

	private final List<CaseSummaries> summaries;

	private final OrgDirectory directory;

	InboxProjection(JdbcTemplate jdbc, List<CaseSummaries> summaries, OrgDirectory directory) {
		this.jdbc = jdbc;
		this.summaries = summaries;
		this.directory = directory;
	}

	/** A new task: its row, candidates and tokens; the case's other open tasks get the current summary. */
	void created(TaskFacts task, String assignedBy) {
		Optional<CaseSummary> summary = summary(task);
		String unit = unitOf(task, summary);
		String searchText = summary.map(CaseSummary::searchText).orElse(null);
		jdbc.update("DELETE FROM inbox_task WHERE task_id = ?", task.taskId());
		Instant now = EngineClock.now();
		jdbc.update("INSERT INTO inbox_task (task_id, process_instance_id, process_key, task_key, task_name, case_type, "
				+ "case_code, subject, procedure_code, channel, case_status, case_unit, unit_code, province_code, assignee, "
				+ "assigned_at, assigned_by, created_at, due_at, statutory_due, state, search_text) "
				+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'O', ?)", task.taskId(),
				task.processInstanceId(), task.processKey(), task.taskKey(), cut(task.name(), 255),
				summary.map(s -> s.type().name()).orElse(null), caseCode(task, summary),
				cut(summary.map(CaseSummary::subject).orElse(null), 200), summary.map(CaseSummary::procedureCode).orElse(null),
				summary.map(CaseSummary::channel).orElse(null), summary.map(CaseSummary::status).orElse(null),
				summary.map(CaseSummary::unitCode).orElse(null), unit, provinceOf(unit), task.assignee(),
				task.assignee() == null ? null : ts(now), task.assignee() == null ? null : assignedBy,
				ts(task.created() == null ? now : task.created()), ts(task.due() == null ? InboxQuery.NO_DUE : task.due()),
				ts(summary.map(CaseSummary::statutoryDue).orElse(null)), SearchText.text(searchText));
		writeCandidates(task.taskId(), candidates(task));
		writeTokens(task.taskId(), unit, searchText);
		summary.ifPresent(found -> refreshCase(found, task.taskId()));
	}

	/** The task went to someone (or back to the pool, {@code assignee} null). */
	void assigned(TaskFacts task, String assignedBy) {
		if (!exists(task.taskId())) {
			created(task, assignedBy);
			return;
		}
		String assignee = task.assignee();
		jdbc.update("UPDATE inbox_task SET assignee = ?, assigned_at = ?, assigned_by = ? WHERE task_id = ?", assignee,
				assignee == null ? null : ts(EngineClock.now()), assignee == null ? null : assignedBy, task.taskId());
	}

	/** A property changed (due date, name, candidates, assignee): the row follows. */
	void updated(TaskFacts task) {
		if (!exists(task.taskId())) {
			created(task, null);
			return;
		}
		jdbc.update("UPDATE inbox_task SET task_name = ?, due_at = ? WHERE task_id = ?", cut(task.name(), 255),
				ts(task.due() == null ? InboxQuery.NO_DUE : task.due()), task.taskId());
		List<String> assigned = jdbc.queryForList("SELECT assignee FROM inbox_task WHERE task_id = ?", String.class,
				task.taskId());
		if (!assigned.isEmpty() && !Objects.equals(assigned.get(0), task.assignee())) {
			assigned(task, null);
		}
		Set<String> wanted = candidates(task);
		Set<String> stored = new HashSet<>(jdbc.queryForList(
				"SELECT candidate FROM inbox_candidate WHERE task_id = ?", String.class, task.taskId()));
		if (!wanted.equals(stored)) {
			jdbc.update("DELETE FROM inbox_candidate WHERE task_id = ?", task.taskId());
			writeCandidates(task.taskId(), wanted);
		}
	}

	/** Done: the row stays for "recently done", without candidates and tokens. */
	void completed(TaskFacts task, String completedBy) {
		Optional<CaseSummary> summary = summary(task);
		Instant now = EngineClock.now();
		jdbc.update("UPDATE inbox_task SET state = 'D', completed_at = ?, completed_by = ?, case_status = COALESCE(?, "
				+ "case_status) WHERE task_id = ?", ts(now), completedBy, summary.map(CaseSummary::status).orElse(null),
				task.taskId());
		jdbc.update("DELETE FROM inbox_candidate WHERE task_id = ?", task.taskId());
		jdbc.update("DELETE FROM inbox_search_token WHERE task_id = ?", task.taskId());
		summary.ifPresent(found -> refreshCase(found, task.taskId()));
	}

	/** Deleted without being done (the process was cancelled, a timer interrupted the step): gone from every list. */
	void deleted(String taskId) {
		jdbc.update("DELETE FROM inbox_candidate WHERE task_id = ?", taskId);
		jdbc.update("DELETE FROM inbox_search_token WHERE task_id = ?", taskId);
		jdbc.update("DELETE FROM inbox_task WHERE task_id = ?", taskId);
	}

	/** The unit whose people work a task, as the projection recorded it; empty when it has no row. */
	Optional<String> unitOfTask(String taskId) {
		return jdbc.queryForList("SELECT unit_code FROM inbox_task WHERE task_id = ?", String.class, taskId)
			.stream()
			.findFirst();
	}

	/**
	 * The unit whose people work a task: the unit of its candidate groups ({@code HOAMINH.desk} → HOAMINH), else the
	 * process's commune or unit variable, else the case's unit; "" when nothing names a known unit.
	 */
	String unitOf(TaskFacts task, Optional<CaseSummary> summary) {
		OrgSnapshot org = directory.snapshot();
		Set<String> units = new TreeSet<>();
		for (String group : task.candidateGroups()) {
			String unit = group.contains(".") ? group.substring(0, group.indexOf('.')) : group;
			if (org.hasUnit(unit)) {
				units.add(unit);
			}
		}
		String caseUnit = summary.map(CaseSummary::unitCode).orElse(null);
		if (!units.isEmpty()) {
			return caseUnit != null && units.contains(caseUnit) ? caseUnit : units.iterator().next();
		}
		for (String hint : task.unitHints()) {
			if (hint != null && org.hasUnit(hint)) {
				return hint;
			}
		}
		return caseUnit != null && org.hasUnit(caseUnit) ? caseUnit : "";
	}

	/** The province a unit belongs to (the root of its tree); "" for an unknown unit. */
	private String provinceOf(String unit) {
		OrgSnapshot org = directory.snapshot();
		if (unit.isEmpty() || !org.hasUnit(unit)) {
			return "";
		}
		List<vn.vidan.org.Unit> path = org.pathToRoot(unit);
		return path.get(path.size() - 1).getCode();
	}

	private Optional<CaseSummary> summary(TaskFacts task) {
		if (task.businessKey() == null) {
			return Optional.empty();
		}
		return summaries.stream()
			.filter(feature -> feature.covers(task.processKey()))
			.findFirst()
			.flatMap(feature -> feature.summary(task.businessKey()));
	}

	/** Copies the case's summary to its other open tasks, so a status change shows on every one. */
	private void refreshCase(CaseSummary summary, String exceptTaskId) {
		jdbc.update("UPDATE inbox_task SET subject = ?, procedure_code = ?, channel = ?, case_status = ?, case_unit = ?, "
				+ "statutory_due = ? WHERE case_code = ? AND state = 'O' AND task_id <> ?", cut(summary.subject(), 200),
				summary.procedureCode(), summary.channel(), summary.status(), summary.unitCode(),
				ts(summary.statutoryDue()), summary.code(), exceptTaskId);
	}

	private boolean exists(String taskId) {
		Integer found = jdbc.queryForObject("SELECT COUNT(*) FROM inbox_task WHERE task_id = ?", Integer.class, taskId);
		return found != null && found > 0;
	}

	private static Set<String> candidates(TaskFacts task) {
		Set<String> candidates = new TreeSet<>();
		task.candidateGroups().forEach(group -> candidates.add("G:" + group));
		task.candidateUsers().forEach(user -> candidates.add("U:" + user));
		return candidates;
	}

	private void writeCandidates(String taskId, Collection<String> candidates) {
		List<Object[]> rows = new ArrayList<>();
		for (String candidate : candidates) {
			if (candidate.length() <= 100) {
				rows.add(new Object[] { taskId, candidate });
			}
		}
		if (!rows.isEmpty()) {
			jdbc.batchUpdate("INSERT INTO inbox_candidate (task_id, candidate) VALUES (?, ?)", rows);
		}
	}

	private void writeTokens(String taskId, String unit, String searchText) {
		List<Object[]> rows = new ArrayList<>();
		for (String token : SearchText.tokens(searchText)) {
			rows.add(new Object[] { unit, token, taskId });
		}
		if (!rows.isEmpty()) {
			jdbc.batchUpdate("INSERT INTO inbox_search_token (unit_code, token, task_id) VALUES (?, ?, ?)", rows);
		}
	}

	private static String caseCode(TaskFacts task, Optional<CaseSummary> summary) {
		String code = summary.map(CaseSummary::code)
			.orElse(task.businessKey() != null ? task.businessKey() : task.processInstanceId());
		return cut(code, 64);
	}

	private static String cut(String text, int length) {
		return text == null || text.length() <= length ? text : text.substring(0, length);
	}

	private static Timestamp ts(Instant at) {
		return InboxQuery.ts(at);
	}

}
