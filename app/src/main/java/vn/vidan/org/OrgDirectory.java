package vn.vidan.org;

import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;

/** Hands out the current {@link OrgSnapshot}, loading it once and again after each {@link DirectoryChanged}. */
@Service
public class OrgDirectory {

	private final UnitRepository units;

	private final OfficerRepository officers;

	private final CommuneLeaderRepository leaders;

	private final SecondmentGrantRepository grants;

	private volatile OrgSnapshot snapshot;

	OrgDirectory(UnitRepository units, OfficerRepository officers, CommuneLeaderRepository leaders,
			SecondmentGrantRepository grants) {
		this.units = units;
		this.grants = grants;
		this.officers = officers;
		this.leaders = leaders;
	}

	public OrgSnapshot snapshot() {
		OrgSnapshot current = snapshot;
		if (current == null) {
			current = new OrgSnapshot(units.findAll(), officers.findAll(), leaders.findAll(), grants.findByRevokedAtIsNull());
			snapshot = current;
		}
		return current;
	}

	/** Runs before every other listener of {@link DirectoryChanged}, so they read the new directory. */
	@EventListener(DirectoryChanged.class)
	@Order(Ordered.HIGHEST_PRECEDENCE)
	void forget() {
		snapshot = null;
	}

}
