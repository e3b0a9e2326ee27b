package vn.vidan.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static vn.vidan.processes.request.ResidentRequestProcess.TASK_CHECK_COMPLETENESS;
import static vn.vidan.processes.request.ResidentRequestProcess.TASK_DECIDE_REQUEST;
import static vn.vidan.processes.request.ResidentRequestProcess.TASK_HAND_OVER_RESULT;
import static vn.vidan.processes.request.ResidentRequestProcess.TASK_VERIFY_DOSSIER;

import vn.vidan.bench.SystemUnderTest.Kind;
import vn.vidan.processes.request.ResidentRequestProcess.Vars;
import vn.vidan.bench.SystemUnderTest.Options;

/**
 * S1, S2 and V2 on one start of each system (so the JIT warmed by S2 serves S1 too), which then serves S4 and S5's
 * history cost and seeding ({@link DeadlineStorm}):
 * <ul>
 * <li>S2 — the same simple lifecycle on every system: start; a candidate-group user task, claimed and completed; an
 * async service task; a user task with a deadline timer, completed; end. Vidan runs the same model, written to pass
 * its deployment rules (routing and due dates through its process beans), deployed as a designer from Modeler would.
 * <li>S1 — engine only: a start-to-end process with 3 service tasks, at the system's default history level, and the
 * peers again at Vidan's (audit).
 * <li>V2 — Vidan's real resident-request lifecycle through its API: intake, completeness check, verification,
 * decision and hand-over, as the officers the directory routes each step to. Each officer finds the dossier's open
 * step through {@code GET /api/requests/{code}/tasks} (Vidan's inbox read model, no Camunda task query) and completes
 * it through Camunda's REST API.
 * </ul>
 */
public final class EngineLoad implements Scenario {

	/** The desk officer of Hòa Minh, its chief, the unit S2 routes to on Vidan. */
	static final String DESK = "thao.dtk";

	static final String CHIEF = "dat.lq";

	static final String UNIT = "HOAMINH";

	/**
	 * Who starts S1 and S2 instances on Vidan: officers may not start a process through the engine API (every case
	 * starts through Vidan's own API, as V2's intake does), so an administrator's session starts them.
	 */
	static final String STARTER = "admin";

	/** The peers' candidate group and user (their REST is open; the user only names the assignee). */
	static final String PEER_GROUP = "bench";

	static final String PEER_USER = "bench";

	private static final String DOSSIER = """
			{"procedureCode":"TAM_TRU","channel":"DESK","unitCode":"HOAMINH",
			 "applicant":{"fullName":"Nguyễn Thị Thanh","personalId":"048190000123","phone":"0905123456",
			              "address":"45 Nguyễn Tất Thành, Tổ dân phố 13, phường Hòa Minh"},
			 "documents":[{"code":"CT01"},{"code":"CHO_O_HOP_PHAP"}]}""";

	@Override
	public String id() {
		return "S1, S2, V2, S4, S5";
	}

	@Override
	public void run(Context context) throws Exception {
		Report report = context.report();
		boolean engine = context.includes("S1") || context.includes("S2");
		boolean storms = context.includes("S4") || context.includes("S5");
		if (engine || context.includes("V2")) {
			report.scenario("S1", "engine only: start to end through 3 service tasks (process instances per second)");
			report.scenario("S2", "the same simple lifecycle on every system (2 user tasks, an async step, a deadline "
					+ "timer)");
			report.scenario("V2", "Vidan's real resident-request lifecycle through its API (4 officer tasks)");
		}
		if (storms) {
			DeadlineStorm.declare(context);
		}
		for (Kind kind : context.systems()) {
			boolean v2 = kind == Kind.VIDAN && context.includes("V2");
			if (!engine && !v2 && !storms) {
				continue;
			}
			// One JVM per system serves S2, S1 (and V2), then S5's history cost and S4's seeding.
			SystemUnderTest system = context.start(kind, Options.defaults());
			try {
				context.log(kind.label + " ready in " + system.startUp().toMillis() + " ms");
				if (kind == Kind.VIDAN && engine) {
					deployToVidan(system, context.repository());
				}
				if (context.includes("S2")) {
					s2(context, system);
				}
				if (context.includes("S1")) {
					s1(context, system, kind.defaultHistory, context.includes("S2"));
				}
				if (v2) {
					v2(context, system, context.includes("S2"));
				}
				if (storms) {
					DeadlineStorm.round(context, system);
				}
			}
			finally {
				system.close();
			}
		}
		for (Kind kind : context.systems()) {
			if (context.includes("S1") && !kind.defaultHistory.equals(Kind.VIDAN.defaultHistory)
					&& context.scale().s1AtVidansHistory()) {
				try (SystemUnderTest system = context.start(kind, Options.defaults().history(Kind.VIDAN.defaultHistory))) {
					s1(context, system, Kind.VIDAN.defaultHistory, false);
				}
			}
		}
		if (storms) {
			DeadlineStorm.describe(context);
		}
		if (!engine && !context.includes("V2")) {
			return;
		}
		Scale scale = context.scale();
		report.note("S1", "Each system at its own default history level, on the JVM S2 warmed up ("
				+ scale.s1WarmUp().toSeconds() + " s more warm-up, " + scale.s1Measure().toSeconds() + " s measured), "
				+ "and the peers again at Vidan's (audit), restarted (" + scale.s1ColdWarmUp().toSeconds()
				+ " s warm-up: their JIT is colder, so these figures are low).");
		report.note("V2", "V2 runs on Vidan's JVM after S2 and S1 (" + scale.v2WarmUp().toSeconds() + " s more "
				+ "warm-up of its own), measured " + scale.measure().toSeconds() + " s.");
		report.note("S2", "Vidan runs the same model with its routing and calendar beans (candidate groups from the "
				+ "directory, due dates in working days), deployed through its Modeler endpoint as `designer`, and "
				+ "authorization on; an administrator's session starts the instances (officers may not start a process "
				+ "through the engine API) and the desk officer's claims and completes the tasks. The peers run it with a fixed "
				+ "group, no authorization and open REST, as their getting-started guides leave them.");
	}

	/** S2: start, claim and complete the first task, wait for the async step, complete the second. */
	private void s2(Context context, SystemUnderTest system) {
		Latencies latencies = new Latencies();
		EngineApi api = system.api();
		boolean vidan = system.kind() == Kind.VIDAN;
		ClosedLoop.Result result = ClosedLoop.run(system, context.db(), latencies, context.scale().clients(),
				client -> {
					Http http = system.client(latencies, DESK);
					Http starter = vidan ? system.client(latencies, STARTER) : http;
					return () -> s2Lifecycle(api, starter, http, vidan);
				}, context.scale().warmUp(), context.scale().measure());
		context.report().addLoop("S2", system.label(), result);
		context.log("S2 " + system.label() + ": " + Report.format(result.tasksPerSecond()) + " user tasks/s, "
				+ Report.format(result.perTask(result.appCpuMs() + result.dbCpuMs())) + " ms app+DB CPU per task, "
				+ result.errors() + " errors");
	}

	/**
	 * S1: start a process that runs to its end in the start call; after S2 on the same JVM ({@code warm}) or on a JVM
	 * of its own.
	 */
	private void s1(Context context, SystemUnderTest system, String history, boolean warm) {
		Latencies latencies = new Latencies();
		EngineApi api = system.api();
		boolean vidan = system.kind() == Kind.VIDAN;
		Map<String, Object> start = vidan ? Map.of("unitCode", UNIT) : Map.of();
		ClosedLoop.Result result = ClosedLoop.run(system, context.db(), latencies, context.scale().clients(),
				client -> {
					Http http = system.client(latencies, vidan ? STARTER : DESK);
					return () -> {
						if (!api.start(http, "benchS1", start).ended()) {
							throw new IllegalStateException("benchS1 did not end in its start call");
						}
						return 0;
					};
				}, warm ? context.scale().s1WarmUp() : context.scale().s1ColdWarmUp(), context.scale().s1Measure());
		String name = system.label() + " (history " + history + ")";
		Report report = context.report();
		report.add("S1", name, "process instances/s", result.lifecyclesPerSecond(), "1/s");
		report.add("S1", name, "app CPU per instance", result.perLifecycle(result.appCpuMs()), "ms");
		report.add("S1", name, "DB CPU per instance", result.perLifecycle(result.dbCpuMs()), "ms");
		report.add("S1", name, "statements per instance", result.perLifecycle(result.db("Questions")), "");
		report.add("S1", name, "row writes per instance", result.perLifecycle(MariaDb.rowWrites(result.db())), "");
		report.add("S1", name, "start process p95", result.calls().containsKey("start process")
				? result.calls().get("start process").getValueAtPercentile(95) / 1000.0 : Double.NaN, "ms");
		report.add("S1", name, "failed starts", result.errors(), "");
		context.log("S1 " + name + ": " + Report.format(result.lifecyclesPerSecond()) + " instances/s");
	}

	/** V2: a dossier filed at the desk and worked to hand-over by the officers it is routed to. */
	private void v2(Context context, SystemUnderTest system, boolean warm) {
		Latencies latencies = new Latencies();
		Path recording = context.logs().resolve("vidan-v2.jfr");
		Profile[] profile = new Profile[1];
		ClosedLoop.Window window = new ClosedLoop.Window() {

			@Override
			public void opened() {
				profile[0] = Profile.start(system.process(), recording);
			}

			@Override
			public void closed() {
				profile[0].stop();
			}

		};
		ClosedLoop.Result result = ClosedLoop.run(system, context.db(), latencies, context.scale().clients(),
				client -> {
					Http desk = system.client(latencies, DESK);
					Http chief = system.client(latencies, CHIEF);
					return () -> v2Lifecycle(desk, chief);
				}, warm ? context.scale().v2WarmUp() : context.scale().warmUp(), context.scale().measure(), window);
		context.report().addLoop("V2", system.label(), result);
		context.report().note("V2", "\"find tasks\" is `GET /api/requests/{code}/tasks`, the dossier's open steps from "
				+ "Vidan's inbox read model (no Camunda task query); each step is completed through "
				+ "`/engine-rest/task/{id}/complete`.");
		profile(context.report(), recording);
		context.log("V2: " + Report.format(result.tasksPerSecond()) + " user tasks/s, "
				+ Report.format(result.perTask(result.appCpuMs() + result.dbCpuMs())) + " ms app+DB CPU per task, "
				+ result.errors() + " errors");
	}

	/** Where Vidan's CPU went during V2's measured window, from the JFR recording's samples. */
	private static void profile(Report report, Path recording) {
		report.note("V2", "Profile of Vidan's JVM over the measured window (JFR CPU samples, `"
				+ recording.getFileName() + "` in the logs). Self time by library: " + shares(Profile.byLibrary(recording, 10)) + ".");
		report.note("V2", "Samples by the deepest Vidan class on the stack: " + shares(Profile.byVidanClass(recording, 10)) + ".");
		report.note("V2", "Hottest methods (self time): " + shares(Profile.byMethod(recording, 10)) + ".");
	}

	private static String shares(List<Profile.Share> shares) {
		return String.join(", ", shares.stream()
			.map(share -> "`" + share.name() + "` " + Report.format(share.percent()) + "%").toList());
	}

	/**
	 * One S2 lifecycle: start {@code benchS2}, claim and complete its first task, wait for the async step, complete the
	 * second. Returns the user tasks completed (2).
	 */
	static int s2Lifecycle(EngineApi api, Http http, boolean vidan) {
		return s2Lifecycle(api, http, http, vidan);
	}

	/** The same, with the instance started by {@code starter} (on Vidan an administrator, see {@link #STARTER}). */
	static int s2Lifecycle(EngineApi api, Http starter, Http http, boolean vidan) {
		EngineApi.Started started = api.start(starter, "benchS2", vidan ? Map.of("unitCode", UNIT) : Map.of());
		EngineApi.Task review = only(api.tasks(http, started.id()), "reviewCase");
		api.claim(http, review.id(), vidan ? DESK : PEER_USER);
		api.complete(http, review.id(), Map.of());
		EngineApi.Task finish = awaitTask(api, http, started.id(), "finishCase");
		api.complete(http, finish.id(), Map.of());
		return 2;
	}

	/** One V2 lifecycle: a dossier filed at the desk and worked to hand-over. Returns the user tasks completed (4). */
	static int v2Lifecycle(Http desk, Http chief) {
		String code = desk.post("file dossier", "/api/requests", DOSSIER).expect("file dossier", 201)
			.json().get("receiptCode").asText();
		complete(desk, code, TASK_CHECK_COMPLETENESS, Vars.DOSSIER_COMPLETE, true);
		complete(desk, code, TASK_VERIFY_DOSSIER, Vars.FIELD_CHECK_NEEDED, false);
		complete(chief, code, TASK_DECIDE_REQUEST, Vars.DECISION, "APPROVE");
		complete(desk, code, TASK_HAND_OVER_RESULT, Vars.HAND_OVER_METHOD, "DESK");
		return 4;
	}

	/**
	 * Finds a dossier's open task at {@code taskKey} as Vidan's API clients do (its open steps, from the inbox's read
	 * model), and completes it with one answer through Camunda's REST API.
	 */
	private static void complete(Http officer, String code, String taskKey, String variable, Object value) {
		String id = null;
		for (int look = 0; id == null; look++) {
			var steps = officer.get("find tasks", "/api/requests/" + code + "/tasks").expect("find tasks", 200).json();
			for (var step : steps) {
				if (id == null && step.get("taskDefinitionKey").asText().equals(taskKey)) {
					id = step.get("id").asText();
				}
			}
			if (id == null && look > 600) {
				throw new IllegalStateException("No " + taskKey + " for " + code);
			}
			else if (id == null) {
				MariaDb.sleep(Duration.ofMillis(10));
			}
		}
		officer.post("complete task", "/engine-rest/task/" + id + "/complete",
				CamundaRest.body(Map.of(variable, value)).toString()).expect("complete " + taskKey, 204);
	}

	static EngineApi.Task only(List<EngineApi.Task> tasks, String key) {
		return tasks.stream().filter(task -> task.key().equals(key)).findFirst()
			.orElseThrow(() -> new IllegalStateException("No open " + key + " but " + tasks));
	}

	/** Polls (every 10 ms, as a client would) until the async step has made the task. */
	static EngineApi.Task awaitTask(EngineApi api, Http http, String instance, String key) {
		for (int look = 0; look < 3000; look++) {
			for (EngineApi.Task task : api.tasks(http, instance)) {
				if (task.key().equals(key)) {
					return task;
				}
			}
			MariaDb.sleep(Duration.ofMillis(10));
		}
		throw new IllegalStateException("No " + key + " after 30 s");
	}

	/**
	 * Deploys the benchmark's models into Vidan as Camunda Modeler does (multipart {@code POST
	 * /engine-rest/deployment/create} as the designer), so they pass the same rules a designer's model does.
	 */
	static void deployToVidan(SystemUnderTest system, Path repository) {
		Http designer = system.client(new Latencies(), "designer");
		for (String model : List.of("benchS1.bpmn", "benchS2.bpmn", "benchS4.bpmn")) {
			Path file = repository.resolve("bench/vidan-bpmn/" + model);
			String boundary = "vidan-bench-" + UUID.randomUUID();
			try {
				byte[] body = multipart(boundary, model, Files.readAllBytes(file));
				designer.send("deploy", HttpRequest.newBuilder(system.process().uri("/engine-rest/deployment/create"))
					.header("Content-Type", "multipart/form-data; boundary=" + boundary)
					.POST(HttpRequest.BodyPublishers.ofByteArray(body))).expect("deploy " + model, 200);
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
	}

	/**
	 * Lets the desk officer start the benchmark's models through {@code /engine-rest}, as Vidan's administrator would
	 * for a designer's new process: Vidan grants nobody {@code CREATE} on process instances by default (its own
	 * dossiers start through {@code /api}). Authorizations for the user: CREATE on process instances,
	 * CREATE_INSTANCE on each model.
	 */
	static void grantStartToDesk(SystemUnderTest system) {
		Http admin = new Http(system.process()::uri, new Latencies()).signIn("admin", "admin");
		admin.post("grant", "/engine-rest/authorization/create", "{\"type\":1,\"permissions\":[\"CREATE\"],"
				+ "\"userId\":\"" + DESK + "\",\"resourceType\":8,\"resourceId\":\"*\"}").expect("grant CREATE", 200);
		for (String key : List.of("benchS1", "benchS2", "benchS4")) {
			admin.post("grant", "/engine-rest/authorization/create", "{\"type\":1,\"permissions\":[\"CREATE_INSTANCE\","
					+ "\"READ_INSTANCE\"],\"userId\":\"" + DESK + "\",\"resourceType\":6,\"resourceId\":\"" + key + "\"}")
				.expect("grant CREATE_INSTANCE on " + key, 200);
		}
	}

	private static byte[] multipart(String boundary, String fileName, byte[] content) {
		StringBuilder head = new StringBuilder();
		for (String[] field : new String[][] { { "deployment-name", "vidan-bench" }, { "deploy-changed-only", "true" },
				{ "deployment-source", "Camunda Modeler" } }) {
			head.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"").append(field[0])
				.append("\"\r\n\r\n").append(field[1]).append("\r\n");
		}
		head.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"").append(fileName)
			.append("\"; filename=\"").append(fileName).append("\"\r\nContent-Type: application/octet-stream\r\n\r\n");
		byte[] start = head.toString().getBytes(StandardCharsets.UTF_8);
		byte[] end = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] all = new byte[start.length + content.length + end.length];
		System.arraycopy(start, 0, all, 0, start.length);
		System.arraycopy(content, 0, all, start.length, content.length);
		System.arraycopy(end, 0, all, start.length + content.length, end.length);
		return all;
	}

}
