package vn.vidan.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.GroupQuery;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.TenantQuery;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.TestingAuthenticationToken;

import vn.vidan.process.CamundaMemberships.Implied;
import vn.vidan.support.MovableClock;

/**
 * A person's Camunda groups are looked up once and then served from memory, until the time is up or a membership
 * changes; what a sign-in implies is added as each caller asks.
 */
class CamundaMembershipsTests {

	private final IdentityService identity = mock(IdentityService.class);

	private final GroupQuery groupQuery = mock(GroupQuery.class);

	private final TenantQuery tenantQuery = mock(TenantQuery.class);

	private final MovableClock clock = new MovableClock();

	private final CamundaMemberships memberships = new CamundaMemberships(() -> identity, Duration.ofSeconds(60), 2,
			clock);

	/** What the identity tables say, read at each query. */
	private final List<String> stored = new ArrayList<>(List.of("HOAMINH", "HOAMINH.desk", CamundaGroups.EVERYONE));

	@BeforeEach
	void identityTables() {
		when(identity.createGroupQuery()).thenReturn(groupQuery);
		when(groupQuery.groupMember(anyString())).thenReturn(groupQuery);
		when(groupQuery.list()).thenAnswer(query -> stored.stream().map(CamundaMembershipsTests::group).toList());
		when(identity.createTenantQuery()).thenReturn(tenantQuery);
		when(tenantQuery.userMember(anyString())).thenReturn(tenantQuery);
		when(tenantQuery.includingGroupsOfUser(anyBoolean())).thenReturn(tenantQuery);
		Tenant tenant = mock(Tenant.class);
		when(tenant.getId()).thenReturn("danang");
		when(tenantQuery.list()).thenReturn(List.of(tenant));
	}

	@Test
	void looksAPersonUpOnceWhileRemembered() {
		assertThat(memberships.groups("thao.dtk")).containsExactly("HOAMINH", "HOAMINH.desk", CamundaGroups.EVERYONE);
		assertThat(memberships.tenants("thao.dtk")).containsExactly("danang");
		memberships.groups("thao.dtk");
		memberships.groups(new TestingAuthenticationToken("thao.dtk", null, "ROLE_OFFICER"), Implied.ADMINISTRATOR);

		verify(groupQuery, times(1)).list();
		verify(tenantQuery, times(1)).list();
	}

	@Test
	void looksUpAgainOnceTheTimeIsUp() {
		memberships.groups("thao.dtk");
		stored.remove("HOAMINH.desk");
		clock.add(Duration.ofSeconds(59));
		assertThat(memberships.groups("thao.dtk")).contains("HOAMINH.desk");

		clock.add(Duration.ofSeconds(1));

		assertThat(memberships.groups("thao.dtk")).containsExactly("HOAMINH", CamundaGroups.EVERYONE);
		verify(groupQuery, times(2)).list();
	}

	@Test
	void seesAChangedMembershipAtOnce() {
		memberships.groups("thao.dtk");
		stored.add("HOAMINH.duty");

		memberships.forgetAll();

		assertThat(memberships.groups("thao.dtk")).contains("HOAMINH.duty");
	}

	@Test
	void neverKeepsWhatWasReadWhileAMembershipChanged() {
		// The change commits while the groups are being read: what was read may be the old rows.
		doAnswer(query -> {
			List<Group> read = stored.stream().map(CamundaMembershipsTests::group).toList();
			memberships.forgetAll();
			stored.add("HOAMINH.duty");
			return read;
		}).doAnswer(query -> stored.stream().map(CamundaMembershipsTests::group).toList()).when(groupQuery).list();

		assertThat(memberships.groups("thao.dtk")).doesNotContain("HOAMINH.duty");

		assertThat(memberships.groups("thao.dtk")).contains("HOAMINH.duty");
	}

	@Test
	void remembersNoMoreThanItsLimit() {
		memberships.groups("a");
		memberships.groups("b");
		memberships.groups("c"); // does not fit
		memberships.groups("a");
		memberships.groups("c");

		verify(groupQuery, times(4)).list();
	}

	@Test
	void looksUpEveryTimeWhenToldToRememberNothing() {
		CamundaMemberships never = new CamundaMemberships(() -> identity, Duration.ZERO, 100, clock);

		never.groups("thao.dtk");
		never.groups("thao.dtk");

		verify(groupQuery, times(2)).list();
	}

	@Test
	void addsOnlyTheImpliedGroupsTheCallerAsksFor() {
		TestingAuthenticationToken person = new TestingAuthenticationToken("thao.dtk", null, "ROLE_ADMIN",
				"ROLE_PROCESS_DESIGNER", CamundaGroups.TOKEN_GROUP_PREFIX + "HOAMINH.leaders");

		assertThat(memberships.groups(person)).containsExactly("HOAMINH", "HOAMINH.desk", CamundaGroups.EVERYONE);
		assertThat(memberships.groups(person, Implied.ADMINISTRATOR, Implied.TOKEN_GROUPS)).containsExactly("HOAMINH",
				"HOAMINH.desk", CamundaGroups.EVERYONE, Groups.CAMUNDA_ADMIN, "HOAMINH.leaders");
		assertThat(memberships.groups(person, Implied.PROCESS_DESIGNER)).containsExactly("HOAMINH", "HOAMINH.desk",
				CamundaGroups.EVERYONE, CamundaGroups.PROCESS_DESIGNERS);
		assertThat(memberships.implied(person, Implied.TOKEN_GROUPS)).containsExactly("HOAMINH.leaders");
	}

	private static Group group(String id) {
		Group group = mock(Group.class);
		when(group.getId()).thenReturn(id);
		return group;
	}

}
