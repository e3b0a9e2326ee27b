package vn.vidan.process;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.vidan.processes.request.ResidentRequestProcess;
import vn.vidan.support.PlatformIntegrationTest;
import vn.vidan.support.VidanApi;

/**
 * Camunda's REST API acts with the caller's remembered groups ({@link CamundaMemberships}), and a membership changed
 * through the engine is seen on the next call.
 */
@PlatformIntegrationTest
class CamundaMembershipsIntegrationTests {

	static final String DESK = "thao.dtk";

	static final String OTHER_WARD = "nhung.pt";

	static final String HOAMINH_DESK = "HOAMINH.desk";

	@Autowired
	TestRestTemplate http;

	@Autowired
	IdentityService identity;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CamundaMemberships memberships;

	VidanApi api;

	@BeforeEach
	void api() {
		api = new VidanApi(http);
	}

	/** A fresh Hòa Minh dossier waiting at its completeness check (offered to Hòa Minh's desk); its receipt code. */
	String dossier() {
		return api.fileHoaMinhTamTru(DESK, """
				{"fullName":"Lê Thị Hoa","personalId":"048190000555","phone":"0905333444",
				 "address":"8 Trần Cao Vân, phường Hòa Minh"}""");
	}

	int visible(String user, String code) {
		return api.visibleTasks(user, code, ResidentRequestProcess.TASK_CHECK_COMPLETENESS);
	}

	@Test
	void anOfficerAddedToAGroupSeesItsTasksOnTheNextCall() {
		String code = dossier();
		assertThat(visible(OTHER_WARD, code)).as("another ward's officer, groups now remembered").isZero();

		identity.createMembership(OTHER_WARD, HOAMINH_DESK);
		try {
			assertThat(visible(OTHER_WARD, code)).as("added to Hòa Minh's desk").isEqualTo(1);
		}
		finally {
			identity.deleteMembership(OTHER_WARD, HOAMINH_DESK);
		}

		assertThat(visible(OTHER_WARD, code)).as("taken off Hòa Minh's desk again").isZero();
	}

	@Test
	void answersTheNextCallFromMemoryWithoutTheIdentityTables() {
		String code = dossier();
		assertThat(visible(DESK, code)).isEqualTo(1);

		// Behind the engine's back (as another node would, unseen here): the remembered groups still serve.
		jdbc.update("DELETE FROM ACT_ID_MEMBERSHIP WHERE USER_ID_ = ? AND GROUP_ID_ = ?", DESK, HOAMINH_DESK);
		try {
			assertThat(visible(DESK, code)).isEqualTo(1);
			assertThat(memberships.groups(DESK)).contains(HOAMINH_DESK);
		}
		finally {
			jdbc.update("INSERT INTO ACT_ID_MEMBERSHIP (USER_ID_, GROUP_ID_) VALUES (?, ?)", DESK, HOAMINH_DESK);
			memberships.forgetAll();
		}
	}

}
