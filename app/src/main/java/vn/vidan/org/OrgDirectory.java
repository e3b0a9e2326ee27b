package vn.vidan.org;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Hands out the current {@link OrgSnapshot}, loading it once and again after each {@link DirectoryChanged}. A change
 * also bumps {@code org_directory_version} in its transaction; every few seconds a node compares that number with the
 * one its snapshot was loaded at, so a secondment granted on one node of a cluster reaches the others promptly.
 */
@Service
public class OrgDirectory {

	private final UnitRepository units;

	private final OfficerRepository officers;

	private final CommuneLeaderRepository leaders;

	private final SecondmentGrantRepository grants;

	private final JdbcTemplate jdbc;

	private final Duration recheckEvery;

	private volatile OrgSnapshot snapshot;

	private volatile long loadedVersion = -1;

	private volatile long checkedAt;

	OrgDirectory(UnitRepository units, OfficerRepository officers, CommuneLeaderRepository leaders,
			SecondmentGrantRepository grants, JdbcTemplate jdbc,
			@Value("${vidan.directory.recheck-every:PT5S}") Duration recheckEvery) {
		this.jdbc = jdbc;
		this.recheckEvery = recheckEvery;
		this.units = units;
		this.grants = grants;
		this.officers = officers;
		this.leaders = leaders;
	}

	public OrgSnapshot snapshot() {
		OrgSnapshot current = snapshot;
		long now = System.nanoTime();
		if (current != null && now - checkedAt > recheckEvery.toNanos()) {
			checkedAt = now;
			if (version() != loadedVersion) {
				current = null;
			}
		}
		if (current == null) {
			loadedVersion = version();
			checkedAt = now;
			current = new OrgSnapshot(units.findAll(), officers.findAll(), leaders.findAll(), grants.findByRevokedAtIsNull());
			snapshot = current;
		}
		return current;
	}

	/** Runs before every other listener of {@link DirectoryChanged}, so they read the new directory. */
	@EventListener(DirectoryChanged.class)
	@Order(Ordered.HIGHEST_PRECEDENCE)
	void forget() {
		jdbc.update("UPDATE org_directory_version SET version = version + 1 WHERE id = 1");
		snapshot = null;
	}

	private long version() {
		Long version = jdbc.queryForObject("SELECT version FROM org_directory_version WHERE id = 1", Long.class);
		return version == null ? 0 : version;
	}

}
