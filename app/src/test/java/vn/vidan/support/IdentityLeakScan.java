package vn.vidan.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reads every row of every table of the app's schema, except those named, and every log file given, and reports
 * where any of the telltale strings appears. Text, CLOBs and BLOBs (as UTF-8 and as Latin-1) are all searched.
 */
public final class IdentityLeakScan {

	private static final String APP_TABLES = " FROM information_schema.tables "
			+ "WHERE table_schema IN ('PUBLIC', DATABASE()) AND table_type IN ('BASE TABLE', 'TABLE')";

	private IdentityLeakScan() {
	}

	/** Each finding as "table.column: telltale" or "file: telltale"; empty when nothing leaked. */
	public static List<String> findings(JdbcTemplate jdbc, Collection<String> telltales, Collection<String> exceptTables,
			Collection<Path> logs) throws IOException {
		List<String> findings = new ArrayList<>();
		List<String> tables = jdbc.queryForList("SELECT table_name" + APP_TABLES, String.class);
		if (tables.isEmpty()) {
			throw new IllegalStateException("No tables found: the scan would prove nothing");
		}
		String quote = jdbc.execute((java.sql.Connection connection) -> connection.getMetaData().getIdentifierQuoteString());
		for (String table : tables) {
			if (exceptTables.stream().anyMatch(except -> except.equalsIgnoreCase(table))) {
				continue;
			}
			jdbc.query("SELECT * FROM " + quote + table + quote, rows -> {
				int columns = rows.getMetaData().getColumnCount();
				for (int i = 1; i <= columns; i++) {
					String text = text(rows.getObject(i));
					for (String telltale : telltales) {
						if (text != null && text.toLowerCase(Locale.ROOT).contains(telltale.toLowerCase(Locale.ROOT))) {
							findings.add(table + "." + rows.getMetaData().getColumnName(i) + ": " + telltale);
						}
					}
				}
			});
		}
		for (Path log : logs) {
			String content = Files.readString(log, StandardCharsets.UTF_8);
			telltales.stream().filter(content::contains).forEach(telltale -> findings.add(log + ": " + telltale));
		}
		return findings;
	}

	/** How many tables the scan would read, so a test can show it read something. */
	public static int tables(JdbcTemplate jdbc) {
		return jdbc.queryForObject("SELECT COUNT(*)" + APP_TABLES, Integer.class);
	}

	private static String text(Object value) throws SQLException {
		if (value == null) {
			return null;
		}
		if (value instanceof byte[] bytes) {
			return new String(bytes, StandardCharsets.UTF_8) + new String(bytes, StandardCharsets.ISO_8859_1);
		}
		if (value instanceof Blob blob) {
			return text(blob.getBytes(1, (int) blob.length()));
		}
		if (value instanceof Clob clob) {
			return clob.getSubString(1, (int) clob.length());
		}
		return value.toString();
	}

}
