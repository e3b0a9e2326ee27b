package vn.vidan;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import vn.vidan.processes.request.ResidentRequestProcess;
import vn.vidan.support.CaseLedger;
import vn.vidan.support.CaseLoad;
import vn.vidan.support.Eventually;
import vn.vidan.support.MariaDbProcess;
import vn.vidan.support.VidanProcess;
import vn.vidan.support.VidanSession;

/**
 * Crash safety on MariaDB: Vidan runs as its own process on a MariaDB server of its own, under a load that files
 * dossiers and tips and works them through their lifecycles. During the load the app is killed with SIGKILL and
 * started again, then MariaDB is killed with SIGKILL and started again. While MariaDB is down the app answers 503 with
 * {@code Retry-After}; afterwards it works again without a restart, every operation the API acknowledged is there,
 * nothing was done twice, no case is stuck, and timers set before the crashes still fire.
 * <p>
 * The short form (one round of both crashes) runs with the suite; {@code -Dvidan.crash.minutes=10} repeats rounds for
 * ten minutes.
 */
class MariaDbCrashIntegrationTests {

	/** Long form: keep crashing for this many minutes (0: one round). */
	private static final Duration LONG_FORM = Duration.ofMinutes(Long.getLong("vidan.crash.minutes", 0));

	/** How much the load must get done between crashes, so each crash hits work in flight. */
	private static final int ACKS_BETWEEN_CRASHES = 8;

	private static final Duration RECOVERY = Duration.ofSeconds(90);

	@Test
	void losesAndDuplicatesNothingWhenTheAppAndThenTheDatabaseAreKilledUnderLoad() throws Exception {
		Instant began = Instant.now();
		try (MariaDbProcess database = MariaDbProcess.fresh("crash-db");
				VidanProcess app = new VidanProcess("crash-app", database.vidanEnvironment());
				CaseLoad load = new CaseLoad(app::uri, 3)) {
			database.start();
			app.start();
			VidanSession desk = new VidanSession(app::uri, "thao.dtk");
			VidanSession admin = new VidanSession(app::uri, "admin");
			// Filed before any crash, found complete and left waiting for verification: their deadline timers, set
			// when handling started, must still fire after both crashes.
			List<String> waiting = List.of(CaseLoad.fileDossier(desk), CaseLoad.fileDossier(desk));
			for (String code : waiting) {
				CaseLoad.checkCompleteness(desk, code);
			}

			int appKills = 0;
			int databaseKills = 0;
			List<String> downAnswers = new ArrayList<>();
			load.start();
			Instant longFormEnds = Instant.now().plus(LONG_FORM);
			do {
				progress(load);
				app.kill();
				appKills++;
				app.start();
				progress(load);

				assertThat(desk.get("/api/requests/" + waiting.get(0)).status()).as("signed in again").isEqualTo(200);
				database.kill();
				databaseKills++;
				downAnswers.addAll(whileDown(app, desk, waiting.get(0)));
				database.start();
				Eventually.until("the app to serve again without a restart", RECOVERY,
						() -> desk.get("/api/requests/" + waiting.get(0)).status() == 200);
				progress(load);
			}
			while (Instant.now().isBefore(longFormEnds));
			load.stop();

			int timersRun = 0;
			for (String code : waiting) {
				forceDeadlineWarning(admin, code);
				timersRun++;
			}
			for (String code : waiting) {
				try (Connection connection = database.connect()) {
					Eventually.until("the deadline warning of " + code + " to fire", Duration.ofSeconds(90),
							() -> warningFired(connection, code));
				}
			}

			List<CaseLoad.Ack> acks = new ArrayList<>(load.acknowledged());
			try (Connection connection = database.connect()) {
				// Async steps started by the last calls finish before the ledger is read.
				CaseLedger settled = Eventually.until("async steps to finish", Duration.ofSeconds(60),
						() -> new CaseLedger(connection), ledger -> {
							try {
								return ledger.stuck() == 0;
							}
							catch (java.sql.SQLException e) {
								return false;
							}
						});
				long found = settled.found(acks);
				long duplicates = settled.duplicates();
				long stuck = settled.stuck();
				long incidents = settled.incidents();
				long staleLocks = settled.staleLocks();
				System.out.printf(
						"[vidan] crash test: %d acknowledged (%d dossiers, %d tips, %d task completions), %d found,"
								+ " %d duplicates, %d stuck; app killed %d×, MariaDB killed %d×, 503 with Retry-After"
								+ " while down (%s); timers: %d set before the crashes forced and run, %d incidents,"
								+ " %d stale locks; calls not acknowledged: %s; %d s%n",
						acks.size(), load.count(CaseLoad.Kind.DOSSIER), load.count(CaseLoad.Kind.TIP),
						load.count(CaseLoad.Kind.TASK), found, duplicates, stuck, appKills, databaseKills,
						String.join(", ", downAnswers), timersRun, incidents, staleLocks, load.failures(),
						Duration.between(began, Instant.now()).toSeconds());

				assertThat(acks).as("the load got work done").hasSizeGreaterThan(3 * ACKS_BETWEEN_CRASHES);
				assertThat(acks.stream().filter(ack -> !settled.has(ack)).toList()).as("acknowledged but not found")
					.isEmpty();
				assertThat(duplicates).as("done twice").isZero();
				assertThat(stuck).as("cases that cannot move forward").isZero();
				assertThat(incidents).as("jobs that failed for good").isZero();
				assertThat(load.failures()).as("no call is answered 500").doesNotContainKey("500");
			}
		}
	}

	/** Waits until the load has had this round's share of operations acknowledged. */
	private static void progress(CaseLoad load) {
		int before = load.acknowledged().size();
		Eventually.until("the load to get " + ACKS_BETWEEN_CRASHES + " operations acknowledged", RECOVERY,
				() -> load.acknowledged().size() >= before + ACKS_BETWEEN_CRASHES);
	}

	/**
	 * While MariaDB is down: a dossier from the API, the task list from Camunda's REST API, the dossier's page and
	 * signing in are answered 503 with {@code Retry-After}, the APIs' as problem+json. Returns what answered so.
	 */
	private static List<String> whileDown(VidanProcess app, VidanSession desk, String code) throws Exception {
		List<String> answered = new ArrayList<>();
		for (String path : List.of("/api/requests/" + code, "/engine-rest/task?processInstanceBusinessKey=" + code,
				"/requests/" + code)) {
			VidanSession.Answer answer = Eventually.until(path + " to answer 503 while MariaDB is down",
					Duration.ofSeconds(30), () -> desk.get(path), down -> down.status() == 503);
			assertThat(answer.retryAfter()).as(path).isNotBlank();
			if (path.startsWith("/api") || path.startsWith("/engine-rest")) {
				assertThat(answer.json().get("status").asInt()).isEqualTo(503);
				assertThat(answer.json().get("code").asText()).isEqualTo("web.databaseUnavailable");
			}
			answered.add(path.substring(0, path.indexOf('/', 1)) + " " + answer.status());
		}
		java.net.http.HttpResponse<String> signIn = new VidanSession(app::uri, "mai.ltn").trySignIn();
		assertThat(signIn.statusCode()).as("signing in while MariaDB is down").isEqualTo(503);
		assertThat(signIn.headers().firstValue("Retry-After")).isPresent();
		answered.add("/login 503");
		return answered;
	}



	/** Moves the dossier's 75% deadline timer, set when it was filed, to the past, through Camunda's REST API. */
	private static void forceDeadlineWarning(VidanSession admin, String code) throws Exception {
		JsonNode instances = admin.get("/engine-rest/process-instance?businessKey=" + code + "&processDefinitionKey="
				+ ResidentRequestProcess.PROCESS_KEY).json();
		assertThat(instances).hasSize(1);
		JsonNode jobs = admin.get("/engine-rest/job?processInstanceId=" + instances.get(0).get("id").asText()
				+ "&activityId=" + ResidentRequestProcess.TIMER_DEADLINE_WARNING).json();
		assertThat(jobs).as("the deadline warning timer of %s", code).hasSize(1);
		VidanSession.Answer moved = admin.put("/engine-rest/job/" + jobs.get(0).get("id").asText() + "/duedate",
				"{\"duedate\":\"2020-01-01T00:00:00.000+0000\"}");
		assertThat(moved.status()).as(moved.body()).isEqualTo(204);
	}

	private static boolean warningFired(Connection connection, String code) throws Exception {
		try (PreparedStatement query = connection.prepareStatement("SELECT COUNT(*) FROM ACT_HI_ACTINST a"
				+ " JOIN ACT_HI_PROCINST p ON p.ID_ = a.PROC_INST_ID_ WHERE p.BUSINESS_KEY_ = ? AND a.ACT_ID_ = ?"
				+ " AND NOT EXISTS (SELECT 1 FROM ACT_RU_JOB j JOIN ACT_RU_JOBDEF d ON d.ID_ = j.JOB_DEF_ID_"
				+ " WHERE j.PROCESS_INSTANCE_ID_ = p.ID_ AND d.ACT_ID_ = ?)")) {
			query.setString(1, code);
			query.setString(2, ResidentRequestProcess.TIMER_DEADLINE_WARNING);
			query.setString(3, ResidentRequestProcess.TIMER_DEADLINE_WARNING);
			try (ResultSet result = query.executeQuery()) {
				result.next();
				return result.getLong(1) > 0;
			}
		}
	}

}
