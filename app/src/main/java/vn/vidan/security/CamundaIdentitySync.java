package vn.vidan.security;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.vidan.org.CommuneLeader;
import vn.vidan.org.DirectoryChanged;
import vn.vidan.org.Officer;
import vn.vidan.org.OrgDirectory;
import vn.vidan.org.OrgSnapshot;
import vn.vidan.org.Unit;
import vn.vidan.org.UnitGroup;
import vn.vidan.process.CamundaGrants;
import vn.vidan.process.CamundaGroups;

/**
 * Makes Camunda's users, groups and memberships match the directory, through the public IdentityService. Runs at
 * start-up and after every {@link DirectoryChanged}; changes only what differs. Camunda holds no passwords: sign-in
 * stays with Spring Security.
 */
@Component
@Order(10)
class CamundaIdentitySync implements ApplicationRunner {

	static final String UNIT_GROUP_TYPE = "UNIT";

	private static final Logger log = LoggerFactory.getLogger(CamundaIdentitySync.class);

	private final IdentityService identity;

	private final CamundaGrants grants;

	private final OrgDirectory directory;

	private final AccountRepository accounts;

	CamundaIdentitySync(IdentityService identity, CamundaGrants grants, OrgDirectory directory,
			AccountRepository accounts) {
		this.identity = identity;
		this.grants = grants;
		this.directory = directory;
		this.accounts = accounts;
	}

	@Override
	public void run(ApplicationArguments args) {
		sync();
	}

	@EventListener(DirectoryChanged.class)
	@Order(10)
	void directoryChanged() {
		sync();
	}

	synchronized void sync() {
		long started = System.nanoTime();
		OrgSnapshot org = directory.snapshot();
		Map<String, String> groupNames = new LinkedHashMap<>();
		Map<String, String> groupTypes = new HashMap<>();
		for (Unit unit : org.units()) {
			for (UnitGroup group : UnitGroup.values()) {
				groupNames.put(group.idFor(unit.getCode()), group.nameFor(unit));
				groupTypes.put(group.idFor(unit.getCode()), UNIT_GROUP_TYPE);
			}
		}
		groupNames.put(CamundaGroups.EVERYONE, "Người dùng Vidan");
		groupTypes.put(CamundaGroups.EVERYONE, Groups.GROUP_TYPE_SYSTEM);
		groupNames.put(Groups.CAMUNDA_ADMIN, "Quản trị hệ thống");
		groupTypes.put(Groups.CAMUNDA_ADMIN, Groups.GROUP_TYPE_SYSTEM);
		groupNames.put(CamundaGroups.PROCESS_DESIGNERS, "Thiết kế quy trình");
		groupTypes.put(CamundaGroups.PROCESS_DESIGNERS, Groups.GROUP_TYPE_SYSTEM);

		Map<String, String> userNames = new LinkedHashMap<>();
		Map<String, Set<String>> memberships = new HashMap<>();
		for (Officer officer : org.officers()) {
			userNames.put(officer.getUsername(), officer.getFullName());
			Set<String> groups = new HashSet<>(org.groupIdsOf(officer));
			groups.add(CamundaGroups.EVERYONE);
			memberships.put(officer.getUsername(), groups);
		}
		for (CommuneLeader leader : org.communeLeaders()) {
			userNames.put(leader.getUsername(), leader.getFullName());
			memberships.put(leader.getUsername(), new HashSet<>(Set.of(CamundaGroups.EVERYONE)));
		}
		for (Account admin : accounts.findByAdministratorTrue()) {
			userNames.putIfAbsent(admin.getUsername(), "Quản trị viên");
			memberships.computeIfAbsent(admin.getUsername(), username -> new HashSet<>()).add(Groups.CAMUNDA_ADMIN);
		}

		int changes = syncGroups(groupNames, groupTypes) + syncUsers(userNames) + syncMemberships(memberships)
				+ grants.grant(CamundaGroups.EVERYONE, Resources.APPLICATION, "tasklist", Permissions.ACCESS)
				+ grants.grant(CamundaGroups.EVERYONE, Resources.PROCESS_DEFINITION, Authorization.ANY, Permissions.READ)
				+ grants.grant(CamundaGroups.EVERYONE, Resources.USER, Authorization.ANY, Permissions.READ)
				+ grants.grant(CamundaGroups.EVERYONE, Resources.GROUP, Authorization.ANY, Permissions.READ)
				+ grantAdministrators() + grantDesigners();
		log.info("Camunda identity synced from the directory in {} ms: {} users, {} groups, {} changes",
				(System.nanoTime() - started) / 1_000_000, userNames.size(), groupNames.size(), changes);
	}

	/** Process designers deploy (the bean whitelist still checks every model) and look at definitions in Cockpit. */
	private int grantDesigners() {
		int changes = grants.grant(CamundaGroups.PROCESS_DESIGNERS, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
		for (Resources resource : List.of(Resources.DEPLOYMENT, Resources.PROCESS_DEFINITION,
				Resources.DECISION_DEFINITION, Resources.DECISION_REQUIREMENTS_DEFINITION)) {
			changes += grants.grant(CamundaGroups.PROCESS_DESIGNERS, resource, Authorization.ANY, Permissions.ALL);
		}
		return changes;
	}

	/** Camunda's admin group bypasses only admin-only commands, not queries: it needs ALL on every resource. */
	private int grantAdministrators() {
		int changes = 0;
		for (Resources resource : Resources.values()) {
			changes += grants.grant(Groups.CAMUNDA_ADMIN, resource, Authorization.ANY, Permissions.ALL);
		}
		return changes;
	}

	private int syncGroups(Map<String, String> names, Map<String, String> types) {
		int changes = 0;
		Map<String, Group> existing = identity.createGroupQuery()
			.list()
			.stream()
			.collect(Collectors.toMap(Group::getId, group -> group));
		for (Map.Entry<String, String> wanted : names.entrySet()) {
			Group group = existing.get(wanted.getKey());
			if (group == null) {
				group = identity.newGroup(wanted.getKey());
			}
			else if (wanted.getValue().equals(group.getName()) && types.get(wanted.getKey()).equals(group.getType())) {
				continue;
			}
			group.setName(wanted.getValue());
			group.setType(types.get(wanted.getKey()));
			identity.saveGroup(group);
			changes++;
		}
		for (Group group : existing.values()) {
			if (UNIT_GROUP_TYPE.equals(group.getType()) && !names.containsKey(group.getId())) {
				identity.deleteGroup(group.getId());
				changes++;
			}
		}
		return changes;
	}

	private int syncUsers(Map<String, String> names) {
		int changes = 0;
		Map<String, User> existing = identity.createUserQuery()
			.list()
			.stream()
			.collect(Collectors.toMap(User::getId, user -> user));
		for (Map.Entry<String, String> wanted : names.entrySet()) {
			User user = existing.get(wanted.getKey());
			if (user == null) {
				user = identity.newUser(wanted.getKey());
			}
			else if (wanted.getValue().equals(user.getFirstName())) {
				continue;
			}
			// Vietnamese names read family name first; Camunda shows "first last", so the whole name goes first.
			user.setFirstName(wanted.getValue());
			user.setLastName("");
			identity.saveUser(user);
			changes++;
		}
		for (String username : existing.keySet()) {
			if (!names.containsKey(username)) {
				identity.deleteUser(username);
				changes++;
			}
		}
		return changes;
	}

	private int syncMemberships(Map<String, Set<String>> wanted) {
		int changes = 0;
		for (Map.Entry<String, Set<String>> entry : wanted.entrySet()) {
			String username = entry.getKey();
			Set<String> current = identity.createGroupQuery()
				.groupMember(username)
				.list()
				.stream()
				.map(Group::getId)
				.collect(Collectors.toSet());
			for (String group : entry.getValue()) {
				if (!current.contains(group)) {
					identity.createMembership(username, group);
					changes++;
				}
			}
			for (String group : current) {
				if (!entry.getValue().contains(group)) {
					identity.deleteMembership(username, group);
					changes++;
				}
			}
		}
		return changes;
	}

}
