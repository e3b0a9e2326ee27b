package vn.vidan.web;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A checksum over the rows of Vidan's case tables and Camunda's runtime tables, to tell whether a request changed
 * anything. Rows are hashed one by one and summed, so the order the database returns them in does not matter.
 * Left out on purpose: the audit log and the tip follow-up failure counter (a refused request is meant to write
 * them), the inbox's "seen" marks and Camunda's meter logs (bookkeeping, not case state), and tables of other
 * features (rate limits, idempotency keys) that count refused requests by design.
 */
final class CaseTables {

	private static final List<String> PREFIXES = List.of("REQ_", "TIP_", "SEC_", "CAL_", "ORG_", "INBOX_", "ACT_RU_");

	private static final List<String> LEFT_OUT = List.of("TIP_FOLLOW_UP_FAILURE", "INBOX_SEEN", "ACT_RU_METER_LOG",
			"ACT_RU_TASK_METER_LOG");

	private final JdbcTemplate jdbc;

	private final List<String> tables;

	CaseTables(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.tables = jdbc
			.queryForList("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'", String.class)
			.stream()
			.filter(name -> PREFIXES.stream().anyMatch(prefix -> name.toUpperCase(Locale.ROOT).startsWith(prefix)))
			.filter(name -> !LEFT_OUT.contains(name.toUpperCase(Locale.ROOT)))
			.sorted()
			.toList();
		if (tables.stream().noneMatch(name -> name.equalsIgnoreCase("REQ_REQUEST"))
				|| tables.stream().noneMatch(name -> name.equalsIgnoreCase("ACT_RU_TASK"))) {
			throw new IllegalStateException("case tables not found: " + tables);
		}
	}

	List<String> tables() {
		return tables;
	}

	private long nanos;

	/** How long the checksums took so far, in seconds. */
	long seconds() {
		return nanos / 1_000_000_000;
	}

	long checksum() {
		long start = System.nanoTime();
		long sum = 0;
		for (String table : tables) {
			long[] tableSum = { table.hashCode() };
			jdbc.query("SELECT * FROM " + table, (ResultSet row) -> {
				tableSum[0] += rowHash(row);
			});
			sum = sum * 31 + tableSum[0];
		}
		nanos += System.nanoTime() - start;
		return sum;
	}

	private static long rowHash(ResultSet row) throws SQLException {
		int columns = row.getMetaData().getColumnCount();
		long hash = 17;
		for (int column = 1; column <= columns; column++) {
			Object value = row.getObject(column);
			int part = value instanceof byte[] bytes ? Arrays.hashCode(bytes)
					: value instanceof java.sql.Blob || value instanceof java.sql.Clob ? 0 : Objects.hashCode(value);
			hash = hash * 1_000_003L + part;
		}
		return hash * 0x9E3779B97F4A7C15L;
	}

}
