package vn.vidan.tip;

import java.util.List;

import vn.vidan.org.Candidates;
import vn.vidan.org.Role;
import vn.vidan.org.RoutingService;
import vn.vidan.org.UnitGroup;
import vn.vidan.process.ProcessBean;

/** What TipReportProcess asks about a tip: {@code ${tips.handler(tipId)}}, {@code ${tips.areaGroups(tipId)}}. */
@ProcessBean("tips")
public class TipProcessBean {

	private final TipReportRepository tips;

	private final RoutingService routing;

	private final TipSettings settings;

	TipProcessBean(TipReportRepository tips, RoutingService routing, TipSettings settings) {
		this.tips = tips;
		this.routing = routing;
		this.settings = settings;
	}

	/** The officer handling the tip (the area officer for the incident's address), or null to leave it to the group. */
	public String handler(String tipId) {
		return tips.findById(tipId).map(TipReport::getHandler).orElse(null);
	}

	/** Every area officer of the unit may see the handling tasks, so one can step in for another. */
	public List<String> areaGroups(String tipId) {
		TipReport tip = tips.findById(tipId).orElseThrow();
		Candidates candidates = routing.route(tip.getUnitCode(), Role.AREA_OFFICER, tip.getIncidentAddress());
		return candidates.groups().isEmpty() ? List.of(UnitGroup.AREA.idFor(tip.getUnitCode())) : candidates.groups();
	}

	/** How long a leader has to act on an overdue tip before the level above is told, in working time. */
	public String escalationWithin() {
		return settings.escalationWithin();
	}

}
