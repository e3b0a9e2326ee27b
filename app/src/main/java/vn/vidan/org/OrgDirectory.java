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
 * also bumps the {@code directory} {@link CacheVersion} in its transaction; every few seconds a node compares that number with the
 * one its snapshot was loaded at, so a secondment granted on one node of a cluster reaches the others promptly.
 */
@Service
public class OrgDirectory {

	private final UnitRepository units;

	private final OfficerRepository officers;

	private final CommuneLeaderRepository leaders;

	private final SecondmentGrantRepository grants;

	private final CacheVersion version;

	private volatile OrgSnapshot snapshot;

	OrgDirectory(UnitRepository units, OfficerRepository officers, CommuneLeaderRepository leaders,
			SecondmentGrantRepository grants, JdbcTemplate jdbc,
			@Value("${vidan.directory.recheck-every:PT5S}") Duration recheckEvery) {
		this.version = new CacheVersion(jdbc, "directory", recheckEvery);
		this.units = units;
		this.grants = grants;
		this.officers = officers;
		this.leaders = leaders;
	}

	public OrgSnapshot snapshot() {
		OrgSnapshot current = snapshot;
		if (current != null && !version.fresh()) {
			current = null;
		}
		if (current == null) {
			version.building();
			current = new OrgSnapshot(units.findAll(), officers.findAll(), leaders.findAll(), grants.findByRevokedAtIsNull());
			snapshot = current;
		}
		return current;
	}

	/** Runs before every other listener of {@link DirectoryChanged}, so they read the new directory. */
	@EventListener(DirectoryChanged.class)
	@Order(Ordered.HIGHEST_PRECEDENCE)
	void forget() {
		version.bump();
		snapshot = null;
	}

}
