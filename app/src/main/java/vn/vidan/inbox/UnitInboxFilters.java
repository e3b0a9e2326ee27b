package vn.vidan.inbox;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.vidan.org.DirectoryChanged;
import vn.vidan.org.OrgSnapshot;
import vn.vidan.org.OrgDirectory;
import vn.vidan.org.Unit;
import vn.vidan.org.UnitGroup;
import vn.vidan.process.CamundaGrants;
import vn.vidan.process.CamundaGroups;

/**
 * Keeps one Tasklist filter per unit ("Việc của Công an phường Hòa Minh": tasks for any of the unit's groups), readable
 * by the unit's members, plus two personal filters for everyone. Each filter carries a {@code vidanKey} property so a
 * rerun updates it instead of adding a twin.
 */
@Component
@Order(20)
class UnitInboxFilters implements ApplicationRunner {

	static final String KEY = "vidanKey";

	private static final Logger log = LoggerFactory.getLogger(UnitInboxFilters.class);

	private final FilterService filters;

	private final TaskService tasks;

	private final OrgDirectory directory;

	private final CamundaGrants grants;

	UnitInboxFilters(FilterService filters, TaskService tasks, OrgDirectory directory, CamundaGrants grants) {
		this.filters = filters;
		this.tasks = tasks;
		this.directory = directory;
		this.grants = grants;
	}

	@Override
	public void run(ApplicationArguments args) {
		sync();
	}

	@EventListener(DirectoryChanged.class)
	@Order(20)
	void directoryChanged() {
		sync();
	}

	synchronized void sync() {
		OrgSnapshot org = directory.snapshot();
		Map<String, Wanted> wanted = new LinkedHashMap<>();
		wanted.put("mine", new Wanted("Việc của tôi", "Việc đang giao cho tôi", -20, CamundaGroups.EVERYONE,
				tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}")));
		wanted.put("claimable", new Wanted("Việc chờ nhận", "Việc tôi hoặc nhóm của tôi có thể nhận", -10, CamundaGroups.EVERYONE,
				tasks.createTaskQuery().taskCandidateUserExpression("${currentUser()}")));
		int priority = 0;
		for (Unit unit : org.units()) {
			List<String> groups = Arrays.stream(UnitGroup.values()).map(group -> group.idFor(unit.getCode())).toList();
			wanted.put("unit:" + unit.getCode(),
					new Wanted("Việc của " + unit.getName(), "Mọi việc giao cho các nhóm của " + unit.getName(),
							priority++, UnitGroup.ALL.idFor(unit.getCode()),
							tasks.createTaskQuery().taskCandidateGroupIn(groups).includeAssignedTasks()));
		}
		Map<String, Filter> existing = new HashMap<>();
		for (Filter filter : filters.createTaskFilterQuery().list()) {
			Object key = filter.getProperties() == null ? null : filter.getProperties().get(KEY);
			if (key != null) {
				existing.put(key.toString(), filter);
			}
		}
		int changes = 0;
		for (Map.Entry<String, Wanted> entry : wanted.entrySet()) {
			Wanted want = entry.getValue();
			Filter filter = existing.remove(entry.getKey());
			Map<String, Object> properties = Map.of(KEY, entry.getKey(), "description", want.description(), "priority",
					want.priority(), "refresh", true);
			if (filter == null) {
				filter = filters.newTaskFilter(want.name());
			}
			else if (want.name().equals(filter.getName()) && Objects.equals(properties, filter.getProperties())) {
				changes += grants.grant(want.readers(), Resources.FILTER, filter.getId(), Permissions.READ);
				continue;
			}
			filter.setName(want.name()).setProperties(new HashMap<>(properties)).setQuery(want.query());
			filter.setOwner(null);
			filters.saveFilter(filter);
			changes += 1 + grants.grant(want.readers(), Resources.FILTER, filter.getId(), Permissions.READ);
		}
		for (Filter gone : existing.values()) {
			filters.deleteFilter(gone.getId());
			changes++;
		}
		log.info("Tasklist filters: {} kept in step with the directory, {} changes", wanted.size(), changes);
	}

	private record Wanted(String name, String description, int priority, String readers, TaskQuery query) {
	}

}
