package vn.vidan.inbox;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import vn.vidan.process.CaseType;

/**
 * The inbox's lists and counts, read from the projection ({@code inbox_task}, {@code inbox_candidate},
 * {@code inbox_search_token}) in one SQL statement each, with the viewer's authorization inside it: their own tasks,
 * and the open tasks of the units in their scope that one of their candidate groups may take (a leader: every task of
 * the units they lead). Sorted on any column, paged by keyset. No Camunda task query.
 */
@Component
public class InboxQuery {

	/** The due time stored for a task without one: it sorts last and never counts as due soon or overdue. */
	public static final Instant NO_DUE = Instant.parse("9999-01-01T00:00:00Z");

	private static final String COLUMNS = "t.task_id, t.process_instance_id, t.process_key, t.task_key, t.task_name, "
			+ "t.case_type, t.case_code, t.subject, t.procedure_code, t.channel, t.case_status, t.case_unit, t.unit_code, "
			+ "t.assignee, t.assigned_at, t.assigned_by, t.created_at, t.due_at, t.statutory_due, t.state, "
			+ "t.completed_at, t.completed_by";

	/** Up to this many units in scope, an officer's unclaimed tasks are read by unit; beyond, by candidate group. */
	static final int UNIT_DRIVEN_UP_TO = 4;

	private final NamedParameterJdbcTemplate jdbc;

	public InboxQuery(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** One page of a list: at most {@code size} rows from the filter's cursor on. */
	public InboxPage list(Viewer viewer, InboxFilter filter, InboxMoment moment, int size) {
		Cursor cursor = usable(filter.cursor(), filter.sort());
		boolean backward = cursor != null && !cursor.after();
		boolean descending = filter.descending() != backward;
		Sql sql = new Sql();
		String order = " ORDER BY k " + (descending ? "DESC" : "ASC") + ", task_id " + (descending ? "DESC" : "ASC")
				+ " LIMIT " + (size + 1);
		List<String> branches = new ArrayList<>();
		for (Part part : parts(filter.list())) {
			String where = where(sql, part, viewer, filter, moment);
			if (where == null) {
				continue;
			}
			StringBuilder branch = new StringBuilder("SELECT t.task_id AS task_id, ")
				.append(filter.sort().expression())
				.append(" AS k FROM inbox_task t WHERE ")
				.append(where)
				.append(listCondition(sql, filter.list(), viewer, moment));
			if (cursor != null) {
				branch.append(keyset(sql, filter.sort(), cursor, descending));
			}
			branches.add(branch.toString());
		}
		if (branches.isEmpty()) {
			return new InboxPage(List.of(), null, null);
		}
		String statement = branches.size() == 1 ? branches.get(0) + order
				: "SELECT task_id, k FROM (" + String.join(" UNION ALL ", branches.stream().map(b -> "(" + b + order + ")").toList())
						+ ") u" + order;
		List<Key> keys = jdbc.query(statement, sql.params, (rs, n) -> new Key(rs.getString("task_id"),
				filter.sort().isTime() ? instant(rs.getTimestamp("k")) : rs.getString("k")));
		boolean more = keys.size() > size;
		List<Key> page = new ArrayList<>(keys.subList(0, Math.min(size, keys.size())));
		if (backward) {
			Collections.reverse(page);
		}
		Map<String, InboxRow> byId = new HashMap<>();
		rows(page.stream().map(Key::taskId).toList()).forEach(row -> byId.put(row.taskId(), row));
		List<InboxRow> rows = page.stream().map(key -> byId.get(key.taskId())).filter(row -> row != null).toList();
		if (page.isEmpty()) {
			return new InboxPage(rows, null, null);
		}
		Key first = page.get(0);
		Key last = page.get(page.size() - 1);
		Cursor previous = backward ? (more ? new Cursor(first.value(), first.taskId(), false) : null)
				: cursor != null ? new Cursor(first.value(), first.taskId(), false) : null;
		Cursor next = backward ? new Cursor(last.value(), last.taskId(), true)
				: more ? new Cursor(last.value(), last.taskId(), true) : null;
		return new InboxPage(rows, previous, next);
	}

	/**
	 * How many tasks each list holds under the filter's other conditions, and how many were newly assigned to me: one
	 * statement of counts, each on its own index range.
	 */
	public InboxCounts counts(Viewer viewer, InboxFilter filter, InboxMoment moment) {
		Sql sql = new Sql();
		List<String> columns = new ArrayList<>();
		String mine = where(sql, Part.MINE, viewer, filter, moment);
		columns.add(count(mine, "") + " AS m");
		columns.add(count(mine, soon(sql, moment)) + " AS ms");
		columns.add(count(mine, late(sql, moment)) + " AS ml");
		String others = where(sql, Part.OTHERS, viewer, filter, moment);
		columns.add(count(others, viewer.supervisor() ? " AND t.assignee IS NULL" : "") + " AS u");
		columns.add(count(others, soon(sql, moment)) + " AS os");
		columns.add(count(others, late(sql, moment)) + " AS ol");
		columns.add(count(where(sql, Part.DONE, viewer, filter, moment), "") + " AS d");
		String me = sql.param(viewer.username());
		columns.add("(SELECT COUNT(*) FROM inbox_task t WHERE t.assignee = " + me + " AND t.state = 'O'"
				+ (moment.seenAt() == null ? "" : " AND t.assigned_at > " + sql.param(ts(moment.seenAt())))
				+ " AND (t.assigned_by IS NULL OR t.assigned_by <> " + me + ")) AS n");
		Map<InboxList, Long> counts = new EnumMap<>(InboxList.class);
		long[] fresh = new long[1];
		jdbc.query("SELECT " + String.join(", ", columns), sql.params, rs -> {
			counts.put(InboxList.MINE, rs.getLong("m"));
			counts.put(InboxList.UNCLAIMED, rs.getLong("u"));
			counts.put(InboxList.DUE_SOON, rs.getLong("ms") + rs.getLong("os"));
			counts.put(InboxList.OVERDUE, rs.getLong("ml") + rs.getLong("ol"));
			counts.put(InboxList.DONE, rs.getLong("d"));
			fresh[0] = rs.getLong("n");
		});
		return new InboxCounts(counts, fresh[0]);
	}

	private static String count(String where, String more) {
		return where == null ? "0" : "(SELECT COUNT(*) FROM inbox_task t WHERE " + where + more + ")";
	}

	private static String soon(Sql sql, InboxMoment moment) {
		return " AND t.due_at > " + sql.param(ts(moment.now())) + " AND t.due_at <= " + sql.param(ts(moment.dueSoonUntil()));
	}

	private static String late(Sql sql, InboxMoment moment) {
		return " AND t.due_at <= " + sql.param(ts(moment.now()));
	}

	/** The rows with these task ids, in no particular order. */
	public List<InboxRow> rows(Collection<String> taskIds) {
		if (taskIds.isEmpty()) {
			return List.of();
		}
		return jdbc.query("SELECT " + COLUMNS + " FROM inbox_task t WHERE t.task_id IN (:ids)",
				new MapSqlParameterSource("ids", List.copyOf(new LinkedHashSet<>(taskIds))), InboxQuery::row);
	}

	public Optional<InboxRow> row(String taskId) {
		return rows(List.of(taskId)).stream().findFirst();
	}

	/**
	 * Whether the viewer may see this open task in their lists: it is theirs, or it is in their units and they lead
	 * them or may take it as a candidate. The same conditions as the lists, for one task.
	 */
	public boolean visible(Viewer viewer, String taskId) {
		return visibleRow(viewer, taskId).isPresent();
	}

	/** The open task's row if the viewer may see it in their lists ({@link #visible}), in one statement. */
	public Optional<InboxRow> visibleRow(Viewer viewer, String taskId) {
		Sql sql = new Sql();
		return jdbc
			.query("SELECT " + COLUMNS + " FROM inbox_task t WHERE t.task_id = " + sql.param(taskId) + " AND "
					+ visibleTo(sql, viewer), sql.params, InboxQuery::row)
			.stream()
			.findFirst();
	}

	/**
	 * The open tasks of one case that the viewer may see in their lists ({@link #visible}), oldest first: one
	 * statement on the case's index.
	 */
	public List<InboxRow> openTasksOfCase(Viewer viewer, CaseType type, String caseCode) {
		Sql sql = new Sql();
		return jdbc.query("SELECT " + COLUMNS + " FROM inbox_task t WHERE t.case_code = " + sql.param(caseCode)
				+ " AND t.state = 'O' AND t.case_type = " + sql.param(type.name()) + " AND " + visibleTo(sql, viewer)
				+ " ORDER BY t.created_at, t.task_id", sql.params, InboxQuery::row);
	}

	/** The condition that an open task is in the viewer's lists: theirs, or one of the others they may see. */
	private static String visibleTo(Sql sql, Viewer viewer) {
		InboxFilter any = InboxFilter.of(InboxList.MINE);
		List<String> parts = new ArrayList<>();
		for (Part part : List.of(Part.MINE, Part.OTHERS)) {
			String where = where(sql, part, viewer, any, null);
			if (where != null) {
				parts.add("(" + where + ")");
			}
		}
		return "(" + String.join(" OR ", parts) + ")";
	}

	private enum Part {

		/** Open tasks assigned to the viewer. */
		MINE,
		/** Open tasks of the viewer's units: unclaimed ones they may take, or (a leader) every one not theirs. */
		OTHERS,
		/** Tasks the viewer completed since the moment's {@code doneSince}. */
		DONE

	}

	private static List<Part> parts(InboxList list) {
		return switch (list) {
			case MINE -> List.of(Part.MINE);
			case UNCLAIMED -> List.of(Part.OTHERS);
			case DUE_SOON, OVERDUE -> List.of(Part.MINE, Part.OTHERS);
			case DONE -> List.of(Part.DONE);
		};
	}

	private static String listCondition(Sql sql, InboxList list, Viewer viewer, InboxMoment moment) {
		return switch (list) {
			// Only a leader's part holds claimed tasks too; an officer's holds unclaimed ones already.
			case UNCLAIMED -> viewer.supervisor() ? " AND t.assignee IS NULL" : "";
			case DUE_SOON -> soon(sql, moment);
			case OVERDUE -> late(sql, moment);
			default -> "";
		};
	}

	/** The part's authorization and the filter's conditions, or null when the part can hold nothing. */
	private static String where(Sql sql, Part part, Viewer viewer, InboxFilter filter, InboxMoment moment) {
		StringBuilder where = new StringBuilder();
		List<String> units = viewer.units();
		String term = SearchText.term(filter.query());
		switch (part) {
			case MINE -> where.append("t.state = 'O' AND t.assignee = ").append(sql.param(viewer.username()));
			case DONE -> where.append("t.completed_by = ")
				.append(sql.param(viewer.username()))
				.append(" AND t.state = 'D' AND t.completed_at >= ")
				.append(sql.param(ts(moment.doneSince())));
			case OTHERS -> {
				boolean wholeProvinces = !viewer.provinces().isEmpty();
				if (!filter.units().isEmpty()) {
					Set<String> chosen = new LinkedHashSet<>(filter.units());
					units = units.stream().filter(chosen::contains).toList();
					wholeProvinces = false;
				}
				if (units.isEmpty()) {
					return null;
				}
				if (wholeProvinces) {
					where.append("t.state = 'O' AND t.province_code IN (").append(sql.param(viewer.provinces())).append(")");
				}
				else {
					where.append("t.state = 'O' AND t.unit_code IN (").append(sql.param(units)).append(")");
				}
				if (viewer.supervisor()) {
					where.append(" AND (t.assignee IS NULL OR t.assignee <> ").append(sql.param(viewer.username())).append(")");
				}
				else if (viewer.candidates().isEmpty()) {
					return null;
				}
				else if (units.size() <= UNIT_DRIVEN_UP_TO) {
					// A few units (a commune's officers): read their unclaimed tasks in due order, keep those offered
					// to one of my groups or to me.
					where.append(" AND t.assignee IS NULL AND EXISTS (SELECT 1 FROM inbox_candidate c")
						.append(" WHERE c.task_id = t.task_id AND c.candidate IN (")
						.append(sql.param(viewer.candidates()))
						.append("))");
				}
				else {
					// Many units (a province department's officers): start from the tasks offered to my groups or me.
					where.append(" AND t.assignee IS NULL AND t.task_id IN (SELECT c.task_id FROM inbox_candidate c")
						.append(" WHERE c.candidate IN (")
						.append(sql.param(viewer.candidates()))
						.append("))");
				}
				if (!term.isEmpty()) {
					where.append(" AND t.task_id IN (SELECT s.task_id FROM inbox_search_token s WHERE s.unit_code IN (")
						.append(sql.param(units))
						.append(") AND s.token LIKE ")
						.append(sql.param(term + "%"))
						.append(")");
				}
			}
		}
		if (part != Part.OTHERS && !filter.units().isEmpty()) {
			where.append(" AND t.unit_code IN (").append(sql.param(filter.units())).append(")");
		}
		if (!term.isEmpty() && (part != Part.OTHERS || SearchText.normalize(filter.query()).length() > term.length())) {
			String whole = SearchText.normalize(filter.query());
			where.append(" AND (t.search_text LIKE ")
				.append(sql.param(whole + "%"))
				.append(" OR t.search_text LIKE ")
				.append(sql.param("% " + whole + "%"))
				.append(")");
		}
		equal(sql, where, "t.case_type", filter.caseType());
		equal(sql, where, "t.procedure_code", filter.procedure());
		equal(sql, where, "t.channel", filter.channel());
		equal(sql, where, "t.case_status", filter.status());
		equal(sql, where, "t.task_key", filter.step());
		if (filter.dueFrom() != null) {
			where.append(" AND t.due_at >= ").append(sql.param(ts(filter.dueFrom())));
		}
		if (filter.dueBefore() != null) {
			where.append(" AND t.due_at < ").append(sql.param(ts(filter.dueBefore())));
		}
		return where.toString();
	}

	private static void equal(Sql sql, StringBuilder where, String column, String value) {
		if (value != null && !value.isBlank()) {
			where.append(" AND ").append(column).append(" = ").append(sql.param(value.trim()));
		}
	}

	private static String keyset(Sql sql, InboxSort sort, Cursor cursor, boolean descending) {
		String op = descending ? " < " : " > ";
		Object value = sort.isTime() ? ts((Instant) cursor.value()) : cursor.value();
		String v1 = sql.param(value);
		String v2 = sql.param(value);
		String id = sql.param(cursor.taskId());
		return " AND (" + sort.expression() + op + v1 + " OR (" + sort.expression() + " = " + v2 + " AND t.task_id" + op
				+ id + "))";
	}

	/** The cursor, if it fits the sort (a time for a time column); a damaged one means the first page. */
	private static Cursor usable(Cursor cursor, InboxSort sort) {
		if (cursor == null || cursor.taskId() == null || cursor.value() == null) {
			return null;
		}
		return sort.isTime() == (cursor.value() instanceof Instant) ? cursor : null;
	}

	static InboxRow row(ResultSet rs, int n) throws SQLException {
		String type = rs.getString("case_type");
		CaseType caseType = null;
		if (type != null) {
			try {
				caseType = CaseType.valueOf(type);
			}
			catch (IllegalArgumentException unknown) {
				caseType = null;
			}
		}
		Instant due = instant(rs.getTimestamp("due_at"));
		return new InboxRow(rs.getString("task_id"), rs.getString("process_instance_id"), rs.getString("process_key"),
				rs.getString("task_key"), rs.getString("task_name"), caseType, rs.getString("case_code"),
				rs.getString("subject"), rs.getString("procedure_code"), rs.getString("channel"),
				rs.getString("case_status"), rs.getString("case_unit"), rs.getString("unit_code"),
				rs.getString("assignee"), instant(rs.getTimestamp("assigned_at")), rs.getString("assigned_by"),
				instant(rs.getTimestamp("created_at")), NO_DUE.equals(due) ? null : due,
				instant(rs.getTimestamp("statutory_due")), "O".equals(rs.getString("state")),
				instant(rs.getTimestamp("completed_at")), rs.getString("completed_by"));
	}

	static Timestamp ts(Instant at) {
		return at == null ? null : Timestamp.from(at);
	}

	static Instant instant(Timestamp at) {
		return at == null ? null : at.toInstant();
	}

	private record Key(String taskId, Object value) {
	}

	/** Named parameters p0, p1, … as a statement is built. */
	private static final class Sql {

		private final MapSqlParameterSource params = new MapSqlParameterSource();

		private int next;

		String param(Object value) {
			String name = "p" + next++;
			params.addValue(name, value);
			return ":" + name;
		}

	}

}
