package vn.vidan.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Many open cases, made quickly: a few instances are started through the engine's own REST (so every row is the
 * engine's, and its listeners', own work), then every row they made in the engine's runtime and history tables (and
 * in Vidan's inbox read model) is copied in SQL, once per number of MariaDB's {@code SEQUENCE} engine, with each id
 * the rows share given the copy's suffix ({@code <id>-<n>}). The same id gets the same new id in every table, so the
 * copies are as consistent as the originals: executions, task, identity links, authorizations, timer job, variables,
 * activity instances and history.
 *
 * <p>
 * Which rows: every row that was not there before the first start and that names one of the started instances, or
 * (transitively) the id of a row that does: its executions' and tasks' ids, their activity instances.
 */
final class OpenCases {

	/** Tables copied: the engine's runtime, history and byte arrays, and Vidan's inbox read model. */
	private static final List<String> COPIED = List.of("act_ru_%", "act_hi_%", "act_ge_bytearray", "inbox_task",
			"inbox_candidate", "inbox_search_token");

	/** Counters of the whole engine, not of one instance. */
	private static final Set<String> NOT_COPIED = Set.of("act_ru_meter_log", "act_ru_task_meter_log");

	/** What a seed did. */
	record Seeded(int cases, int templates, Map<String, Integer> rowsPerCase, List<String> templateTaskIds,
			double seconds) {

		int rowsPerCaseTotal() {
			return rowsPerCase.values().stream().mapToInt(Integer::intValue).sum();
		}

	}

	/** A table's primary key and columns, and the rows a seed copies from it. */
	private record Table(String name, List<String> key, List<String> columns, Set<String> textColumns,
			Set<String> keysBefore) {
	}

	private final MariaDb db;

	private final String schema;

	private final Map<String, Table> tables = new LinkedHashMap<>();

	/** Records which rows exist now: call before starting the template instances. */
	OpenCases(MariaDb db, String schema) throws SQLException {
		this.db = db;
		this.schema = schema;
		try (Connection connection = db.connect(schema)) {
			for (String name : tableNames(connection)) {
				List<String> key = primaryKey(connection, name);
				if (key.isEmpty()) {
					throw new IllegalStateException("Table " + name + " has no primary key: cannot tell its new rows");
				}
				List<String> columns = new ArrayList<>();
				Set<String> text = new LinkedHashSet<>();
				try (Statement statement = connection.createStatement();
						ResultSet rows = statement.executeQuery("SELECT * FROM `" + name + "` WHERE 1 = 0")) {
					ResultSetMetaData meta = rows.getMetaData();
					for (int i = 1; i <= meta.getColumnCount(); i++) {
						columns.add(meta.getColumnName(i));
						int type = meta.getColumnType(i);
						if (type == Types.VARCHAR || type == Types.CHAR || type == Types.NVARCHAR
								|| type == Types.NCHAR) {
							text.add(meta.getColumnName(i));
						}
					}
				}
				tables.put(name, new Table(name, key, columns, text, keys(connection, name, key)));
			}
		}
	}

	/**
	 * Copies every row the {@code instances} made until there are {@code cases} of them ({@code cases} must be a
	 * multiple of their number): {@code cases / instances - 1} copies of each.
	 */
	Seeded copy(List<String> instances, int cases) throws SQLException {
		if (cases % instances.size() != 0) {
			throw new IllegalArgumentException(cases + " cases are not a multiple of " + instances.size());
		}
		int copies = cases / instances.size() - 1;
		long began = System.nanoTime();
		try (Connection connection = db.connect(schema); Statement statement = connection.createStatement()) {
			// The rows each table gained since the constructor, with their values.
			Map<String, List<Map<String, String>>> added = new LinkedHashMap<>();
			for (Table table : tables.values()) {
				List<Map<String, String>> rows = new ArrayList<>();
				try (ResultSet result = statement.executeQuery("SELECT * FROM `" + table.name() + "`")) {
					while (result.next()) {
						Map<String, String> row = new LinkedHashMap<>();
						for (String column : table.columns()) {
							row.put(column, table.textColumns().contains(column) || table.key().contains(column)
									? result.getString(column) : null);
						}
						if (!table.keysBefore().contains(keyOf(row, table.key()))) {
							rows.add(row);
						}
					}
				}
				added.put(table.name(), rows);
			}
			// The instances' rows: those naming an id of theirs, to a fixpoint (a task's identity links name the task).
			Set<String> ids = new HashSet<>(instances);
			Map<String, List<Map<String, String>>> theirs = new LinkedHashMap<>();
			boolean grew = true;
			while (grew) {
				grew = false;
				for (Table table : tables.values()) {
					List<Map<String, String>> mine = theirs.computeIfAbsent(table.name(), name -> new ArrayList<>());
					for (Map<String, String> row : added.get(table.name())) {
						if (!mine.contains(row) && table.textColumns().stream().anyMatch(c -> ids.contains(row.get(c)))) {
							mine.add(row);
							grew = true;
						}
					}
					for (Map<String, String> row : mine) {
						if (table.key().size() == 1 && row.get(table.key().get(0)) != null) {
							grew |= ids.add(row.get(table.key().get(0)));
						}
						for (String column : table.textColumns()) {
							if (column.toUpperCase(Locale.ROOT).endsWith("INST_ID_") && row.get(column) != null) {
								grew |= ids.add(row.get(column));
							}
						}
					}
				}
			}
			Map<String, Integer> perCase = new LinkedHashMap<>();
			List<String> taskIds = new ArrayList<>();
			statement.execute("SET SESSION foreign_key_checks = 0"); // the copies are inserted table by table
			for (Table table : tables.values()) {
				List<Map<String, String>> rows = theirs.get(table.name());
				if (rows.isEmpty()) {
					continue;
				}
				perCase.put(table.name(), rows.size() / instances.size());
				if (table.name().equalsIgnoreCase("act_ru_task")) {
					rows.forEach(row -> taskIds.add(row.get(table.key().get(0))));
				}
				if (copies > 0) {
					statement.executeUpdate(insert(table, rows, ids, copies));
				}
			}
			return new Seeded(cases, instances.size(), perCase, taskIds, (System.nanoTime() - began) / 1e9);
		}
	}

	/**
	 * {@code INSERT INTO t (…) SELECT <each id column, its value suffixed with -<seq> where it is one of the instances'
	 * ids>… FROM t JOIN seq_1_to_<copies> WHERE <key> IN (<the instances' rows>)}.
	 */
	private static String insert(Table table, List<Map<String, String>> rows, Set<String> ids, int copies) {
		List<String> select = new ArrayList<>();
		for (String column : table.columns()) {
			Set<String> remapped = rows.stream().map(row -> row.get(column)).filter(ids::contains)
				.collect(Collectors.toCollection(LinkedHashSet::new));
			String quoted = "t.`" + column + "`";
			select.add(remapped.isEmpty() || !table.textColumns().contains(column) ? quoted
					: "IF(" + quoted + " IN (" + literals(remapped) + "), CONCAT(" + quoted + ", '-', s.seq), " + quoted
							+ ")");
		}
		String key = table.key().size() == 1 ? "t.`" + table.key().get(0) + "`"
				: "(" + table.key().stream().map(c -> "t.`" + c + "`").collect(Collectors.joining(", ")) + ")";
		String keys = rows.stream()
			.map(row -> table.key().size() == 1 ? literal(row.get(table.key().get(0)))
					: "(" + literals(table.key().stream().map(row::get).toList()) + ")")
			.collect(Collectors.joining(", "));
		return "INSERT INTO `" + table.name() + "` ("
				+ table.columns().stream().map(c -> "`" + c + "`").collect(Collectors.joining(", ")) + ") SELECT "
				+ String.join(", ", select) + " FROM `" + table.name() + "` t JOIN seq_1_to_" + copies + " s WHERE "
				+ key + " IN (" + keys + ")";
	}

	private static String literals(java.util.Collection<String> values) {
		return values.stream().map(OpenCases::literal).collect(Collectors.joining(", "));
	}

	private static String literal(String value) {
		return value == null ? "NULL" : "'" + value.replace("\\", "\\\\").replace("'", "''") + "'";
	}

	private static String keyOf(Map<String, String> row, List<String> key) {
		return key.stream().map(row::get).collect(Collectors.joining("\u0001"));
	}

	private List<String> tableNames(Connection connection) throws SQLException {
		List<String> names = new ArrayList<>();
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT table_name FROM information_schema.tables "
						+ "WHERE table_schema = '" + schema + "' AND table_type = 'BASE TABLE' ORDER BY table_name")) {
			while (rows.next()) {
				String name = rows.getString(1);
				String lower = name.toLowerCase(Locale.ROOT);
				if (!NOT_COPIED.contains(lower) && COPIED.stream().anyMatch(pattern -> pattern.endsWith("%")
						? lower.startsWith(pattern.substring(0, pattern.length() - 1)) : lower.equals(pattern))) {
					names.add(name);
				}
			}
		}
		return names;
	}

	private List<String> primaryKey(Connection connection, String table) throws SQLException {
		List<String> key = new ArrayList<>();
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT column_name FROM information_schema.key_column_usage "
						+ "WHERE table_schema = '" + schema + "' AND table_name = '" + table
						+ "' AND constraint_name = 'PRIMARY' ORDER BY ordinal_position")) {
			while (rows.next()) {
				key.add(rows.getString(1));
			}
		}
		return key;
	}

	private static Set<String> keys(Connection connection, String table, List<String> key) throws SQLException {
		Set<String> keys = new HashSet<>();
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT " + key.stream().map(c -> "`" + c + "`")
					.collect(Collectors.joining(", ")) + " FROM `" + table + "`")) {
			while (rows.next()) {
				StringBuilder joined = new StringBuilder();
				for (int i = 1; i <= key.size(); i++) {
					joined.append(i > 1 ? "\u0001" : "").append(rows.getString(i));
				}
				keys.add(joined.toString());
			}
		}
		return keys;
	}

}
