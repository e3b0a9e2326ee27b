package vn.vidan.process;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * A person's Camunda groups and tenants, the one place every engine call as a person gets them from. Their memberships
 * in Camunda's identity service (which the directory sync keeps) are remembered per user name for
 * {@code vidan.camunda-groups.remember}, so Camunda's REST API, the completion filter and the workspace do not query
 * {@code ACT_ID_MEMBERSHIP} and {@code ACT_ID_TENANT_MEMBER} on every call. Any change of a membership, group or tenant
 * made through this node's engine forgets every person at once, and again when its transaction commits
 * ({@link MembershipChangesPlugin}), so a moved officer is never served their old groups here; another node sees the
 * change within {@code remember}. At most {@code max-people} are remembered; beyond, the others are looked up each
 * time.
 */
@Component
public class CamundaMemberships {

	/** Groups a person's sign-in implies beside their memberships; each caller names those it has always added. */
	public enum Implied {

		/** {@code ROLE_ADMIN}: Camunda's {@code camunda-admin}. */
		ADMINISTRATOR,
		/** {@code ROLE_PROCESS_DESIGNER}: {@link CamundaGroups#PROCESS_DESIGNERS}. */
		PROCESS_DESIGNER,
		/** A Keycloak token's units ({@link CamundaGroups#TOKEN_GROUP_PREFIX} authorities). */
		TOKEN_GROUPS

	}

	private final Supplier<IdentityService> identity;

	private final Duration remember;

	private final int maxPeople;

	private final Clock clock;

	private final Map<String, Entry> people = new ConcurrentHashMap<>();

	/** Moves on at every change: an entry read before it is never served, even if stored after. */
	private final AtomicLong generation = new AtomicLong();

	@Autowired
	CamundaMemberships(ObjectProvider<IdentityService> identity, CamundaGroupSettings settings) {
		this(identity::getObject, settings.remember(), settings.maxPeople(), Clock.systemUTC());
	}

	CamundaMemberships(Supplier<IdentityService> identity, Duration remember, int maxPeople, Clock clock) {
		this.identity = identity;
		this.remember = remember;
		this.maxPeople = maxPeople;
		this.clock = clock;
	}

	/** The groups the person is a member of in Camunda's identity service. */
	public List<String> groups(String username) {
		return entry(username).groups();
	}

	/** The tenants the person belongs to, directly or through a group (as Camunda's REST filter would look them up). */
	public List<String> tenants(String username) {
		return entry(username).tenants();
	}

	/** The person's memberships, then the {@code implied} groups their sign-in carries; each group once. */
	public List<String> groups(Authentication person, Implied... implied) {
		Set<String> groups = new LinkedHashSet<>(groups(person.getName()));
		groups.addAll(implied(person, implied));
		return List.copyOf(groups);
	}

	/** Only the {@code implied} groups the person's sign-in carries, in the order of their authorities. */
	public List<String> implied(Authentication person, Implied... implied) {
		Set<Implied> wanted = Set.of(implied);
		Set<String> groups = new LinkedHashSet<>();
		for (GrantedAuthority authority : person.getAuthorities()) {
			String name = authority.getAuthority();
			if (name == null) {
				continue;
			}
			if (wanted.contains(Implied.ADMINISTRATOR) && name.equals("ROLE_ADMIN")) {
				groups.add(Groups.CAMUNDA_ADMIN);
			}
			else if (wanted.contains(Implied.PROCESS_DESIGNER) && name.equals("ROLE_PROCESS_DESIGNER")) {
				groups.add(CamundaGroups.PROCESS_DESIGNERS);
			}
			else if (wanted.contains(Implied.TOKEN_GROUPS) && name.startsWith(CamundaGroups.TOKEN_GROUP_PREFIX)) {
				groups.add(name.substring(CamundaGroups.TOKEN_GROUP_PREFIX.length()));
			}
		}
		return List.copyOf(groups);
	}

	/** Forgets everyone: a membership, group or tenant changed. */
	void forgetAll() {
		generation.incrementAndGet();
		people.clear();
	}

	private Entry entry(String username) {
		Instant now = clock.instant();
		long current = generation.get();
		Entry known = people.get(username);
		if (known != null && known.generation() == current && now.isBefore(known.until())) {
			return known;
		}
		Entry read = read(username, current, now.plus(remember));
		if (remember.isZero()) {
			return read;
		}
		if (people.size() >= maxPeople) {
			forgetOutdated(now);
		}
		if (people.size() < maxPeople) {
			people.put(username, read);
		}
		return read;
	}

	private Entry read(String username, long current, Instant until) {
		IdentityService engine = identity.get();
		// Like Camunda's REST filter, which looks them up before it authenticates anyone: never under a person's
		// authorizations.
		org.camunda.bpm.engine.impl.identity.Authentication acting = engine.getCurrentAuthentication();
		if (acting != null) {
			engine.clearAuthentication();
		}
		try {
			List<String> groups = engine.createGroupQuery().groupMember(username).list().stream().map(Group::getId).toList();
			List<String> tenants = engine.createTenantQuery()
				.userMember(username)
				.includingGroupsOfUser(true)
				.list()
				.stream()
				.map(Tenant::getId)
				.toList();
			return new Entry(groups, tenants, until, current);
		}
		finally {
			if (acting != null) {
				engine.setAuthentication(acting);
			}
		}
	}

	private void forgetOutdated(Instant now) {
		long current = generation.get();
		for (Iterator<Entry> entries = people.values().iterator(); entries.hasNext();) {
			Entry entry = entries.next();
			if (entry.generation() != current || !now.isBefore(entry.until())) {
				entries.remove();
			}
		}
	}

	private record Entry(List<String> groups, List<String> tenants, Instant until, long generation) {
	}

}
