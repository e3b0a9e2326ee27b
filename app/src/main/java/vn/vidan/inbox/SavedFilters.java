package vn.vidan.inbox;

import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.vidan.process.EngineClock;

/** Filters people saved (the inbox's query string), each their own or shared with everyone in a unit. */
@Component
class SavedFilters {

	static final int MAX_PER_PERSON = 30;

	private final JdbcTemplate jdbc;

	SavedFilters(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** A person's own filters, then those shared with their unit by colleagues. */
	List<Saved> visibleTo(String username, String unitCode) {
		return jdbc.query("SELECT id, owner, name, query, shared_unit FROM inbox_saved_filter WHERE owner = ? "
				+ "OR (shared_unit IS NOT NULL AND shared_unit = ?) ORDER BY name, id",
				(rs, n) -> new Saved(rs.getString("id"), rs.getString("owner"), rs.getString("name"), rs.getString("query"),
						rs.getString("shared_unit")),
				username, unitCode == null ? "" : unitCode);
	}

	int countOf(String username) {
		Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM inbox_saved_filter WHERE owner = ?", Integer.class,
				username);
		return count == null ? 0 : count;
	}

	void save(String owner, String name, String query, String sharedUnit) {
		jdbc.update("INSERT INTO inbox_saved_filter (id, owner, name, query, shared_unit, created_at) "
				+ "VALUES (?, ?, ?, ?, ?, ?)", UUID.randomUUID().toString(), owner, name, query, sharedUnit,
				Timestamp.from(EngineClock.now()));
	}

	/** Deletes the filter if {@code owner} owns it; true when one was deleted. */
	boolean delete(String id, String owner) {
		return jdbc.update("DELETE FROM inbox_saved_filter WHERE id = ? AND owner = ?", id, owner) > 0;
	}

	public record Saved(String id, String owner, String name, String query, String sharedUnit) {

		public boolean shared() {
			return sharedUnit != null;
		}

	}

}
