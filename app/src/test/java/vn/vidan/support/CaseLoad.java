package vn.vidan.support;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;

import vn.vidan.processes.request.ResidentRequestProcess;
import vn.vidan.processes.tip.TipReportProcess;

/**
 * A bounded load on a running Vidan ({@link VidanProcess}): a few workers, each filing a dossier at Hòa Minh's desk and
 * working it to hand-over, then taking a tip by phone and working it through triage, resolution and approval, over and
 * over, through the API as the officers the directory routes the work to. Every operation the API acknowledged (a 2xx
 * and the id it returned) is recorded. A call that fails (the app or the database is down: refused connection, 503)
 * is tried again until it is acknowledged; a task completion whose outcome was lost counts as done if the task is gone
 * afterwards, but is not recorded as acknowledged.
 */
public final class CaseLoad implements AutoCloseable {

	/** What the API acknowledged. */
	public enum Kind {

		DOSSIER, TIP, TASK

	}

	/** One acknowledged operation: a dossier's receipt code, a tip's reference, or a completed task of a case. */
	public record Ack(Kind kind, String caseKey, String taskId, String taskKey, Instant at) {
	}

	private static final String DOSSIER = """
			{"procedureCode":"TAM_TRU","channel":"DESK","unitCode":"HOAMINH",
			 "applicant":{"fullName":"Nguyễn Thị Thanh","personalId":"048190000123","phone":"0905123456",
			              "address":"45 Nguyễn Tất Thành, Tổ dân phố 13, phường Hòa Minh"},
			 "documents":[{"code":"CT01"},{"code":"CHO_O_HOP_PHAP"}]}""";

	private static final Duration RETRY_AFTER = Duration.ofMillis(300);

	/** How often a worker looks for a task that is not there yet (the engine creates some after an async step). */
	private static final int LOOKS = 100;

	private final Function<String, URI> app;

	private final int workers;

	private final AtomicBoolean running = new AtomicBoolean();

	private final ConcurrentLinkedQueue<Ack> acks = new ConcurrentLinkedQueue<>();

	private final Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();

	private final List<Thread> threads = new ArrayList<>();

	public CaseLoad(Function<String, URI> app, int workers) {
		this.app = app;
		this.workers = workers;
	}

	public synchronized void start() {
		running.set(true);
		for (int i = 0; i < workers; i++) {
			Thread thread = new Thread(this::work, "case-load-" + i);
			thread.setDaemon(true);
			threads.add(thread);
			thread.start();
		}
	}

	/** Stops the workers after the call each is making. */
	public synchronized void stop() {
		running.set(false);
		for (Thread thread : threads) {
			try {
				thread.join(Duration.ofSeconds(60).toMillis());
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
		threads.clear();
	}

	@Override
	public void close() {
		stop();
	}

	/** Everything acknowledged so far, in order. */
	public List<Ack> acknowledged() {
		return List.copyOf(acks);
	}

	public long count(Kind kind) {
		return acks.stream().filter(ack -> ack.kind() == kind).count();
	}

	/** Calls that were not acknowledged, by what happened (status or exception), e.g. {@code 503=12}. */
	public Map<String, Integer> failures() {
		Map<String, Integer> counts = new java.util.TreeMap<>();
		failures.forEach((what, count) -> counts.put(what, count.get()));
		return counts;
	}

	/** Files a temporary residence dossier at Hòa Minh's desk; its receipt code. */
	public static String fileDossier(VidanSession desk) throws IOException, InterruptedException {
		VidanSession.Answer receipt = desk.post("/api/requests", DOSSIER);
		if (receipt.status() != 201) {
			throw new AssertionError("Dossier not filed: " + receipt.status() + " " + receipt.body());
		}
		return receipt.json().get("receiptCode").asText();
	}

	/** Completes a dossier's completeness check as complete: handling starts, with its deadline timers. */
	public static void checkCompleteness(VidanSession desk, String code) throws IOException, InterruptedException {
		JsonNode tasks = desk.get("/engine-rest/task?processInstanceBusinessKey=" + code + "&taskDefinitionKey="
				+ ResidentRequestProcess.TASK_CHECK_COMPLETENESS).json();
		if (tasks.size() != 1) {
			throw new AssertionError("No completeness check for " + code + ": " + tasks);
		}
		VidanSession.Answer done = desk.post("/engine-rest/task/" + tasks.get(0).get("id").asText() + "/complete",
				"{\"variables\":{" + VidanApi.bool(ResidentRequestProcess.Vars.DOSSIER_COMPLETE, true) + "}}");
		if (done.status() != 204) {
			throw new AssertionError("Completeness check of " + code + " refused: " + done.status() + " " + done.body());
		}
	}

	private void work() {
		VidanSession desk = new VidanSession(app, "thao.dtk");
		VidanSession chief = new VidanSession(app, "dat.lq");
		VidanSession duty = new VidanSession(app, "trung.hq");
		VidanSession area = new VidanSession(app, "tai.vv");
		while (running.get()) {
			String code = file(desk, Kind.DOSSIER, "/api/requests", DOSSIER, "receiptCode");
			if (code != null) {
				boolean done = complete(desk, code, ResidentRequestProcess.TASK_CHECK_COMPLETENESS,
						VidanApi.bool(ResidentRequestProcess.Vars.DOSSIER_COMPLETE, true))
						&& complete(desk, code, ResidentRequestProcess.TASK_VERIFY_DOSSIER,
								VidanApi.bool(ResidentRequestProcess.Vars.FIELD_CHECK_NEEDED, false))
						&& complete(chief, code, ResidentRequestProcess.TASK_DECIDE_REQUEST,
								VidanApi.text(ResidentRequestProcess.Vars.DECISION, "APPROVE"));
				if (done) {
					complete(desk, code, ResidentRequestProcess.TASK_HAND_OVER_RESULT,
							VidanApi.text(ResidentRequestProcess.Vars.HAND_OVER_METHOD, "DESK"));
				}
			}
			String reference = file(desk, Kind.TIP, "/api/tips", """
					{"channel":"PHONE","unitCode":"HOAMINH","incidentAddress":"Kiệt 12 Nguyễn Tất Thành, Tổ dân phố 13",
					 "incidentAt":"%s","description":"Hàng xóm mở nhạc lớn sau 23 giờ nhiều đêm liền",
					 "suggestedCategory":"PUBLIC_ORDER","urgency":"ORDINARY"}"""
				.formatted(Instant.now().minus(Duration.ofHours(2))), "reference");
			if (reference != null) {
				boolean done = complete(duty, reference, TipReportProcess.TASK_TRIAGE_TIP,
						VidanApi.text("category", "PUBLIC_ORDER") + ","
								+ VidanApi.text("triageNote", "Phân loại theo nội dung tin"))
						&& complete(area, reference, TipReportProcess.TASK_RESOLVE_COMPLAINT,
								VidanApi.text("finding", "Đã nhắc nhở, hộ gia đình cam kết giữ trật tự"));
				if (done) {
					complete(chief, reference, TipReportProcess.TASK_APPROVE_CONCLUSION,
							VidanApi.text("approved", "true") + "," + VidanApi.text("leaderComment", "Đồng ý"));
				}
			}
		}
	}

	/** Files a case until it is acknowledged; its key, or null if the load stopped first. */
	private String file(VidanSession officer, Kind kind, String path, String body, String keyField) {
		while (running.get()) {
			try {
				VidanSession.Answer answer = officer.post(path, body);
				if (answer.status() == 201) {
					String key = answer.json().get(keyField).asText();
					acks.add(new Ack(kind, key, null, null, Instant.now()));
					return key;
				}
				failed(String.valueOf(answer.status()));
				if (refused(answer)) {
					return null;
				}
			}
			catch (IOException | RuntimeException e) {
				failed(e.getClass().getSimpleName());
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return null;
			}
			MariaDbProcess.pause(RETRY_AFTER);
		}
		return null;
	}

	/**
	 * Completes the case's open task at {@code taskKey} until it is acknowledged, or until it is gone after an attempt
	 * whose answer was lost. False if the load stopped first or the task never came.
	 */
	private boolean complete(VidanSession officer, String caseKey, String taskKey, String variables) {
		boolean tried = false;
		int looks = 0;
		while (running.get()) {
			try {
				VidanSession.Answer tasks = officer
					.get("/engine-rest/task?processInstanceBusinessKey=" + caseKey + "&taskDefinitionKey=" + taskKey);
				if (tasks.status() != 200) {
					failed(String.valueOf(tasks.status()));
				}
				else if (tasks.json().isEmpty()) {
					if (tried) {
						return true; // the lost attempt went through
					}
					if (++looks > LOOKS) {
						failed("taskNeverCame");
						return false;
					}
				}
				else {
					JsonNode task = tasks.json().get(0);
					String taskId = task.get("id").asText();
					tried = true;
					VidanSession.Answer done = officer.post("/engine-rest/task/" + taskId + "/complete",
							"{\"variables\":{" + variables + "}}");
					if (done.status() == 204) {
						acks.add(new Ack(Kind.TASK, caseKey, taskId, taskKey, Instant.now()));
						return true;
					}
					failed(String.valueOf(done.status()));
					if (refused(done)) {
						return false;
					}
				}
			}
			catch (IOException | RuntimeException e) {
				failed(e.getClass().getSimpleName());
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return false;
			}
			MariaDbProcess.pause(RETRY_AFTER);
		}
		return false;
	}

	/** A refusal that another try would not change (bad input, no right): the worker gives the case up. */
	private static boolean refused(VidanSession.Answer answer) {
		return answer.status() >= 400 && answer.status() < 500 && answer.status() != 404 && answer.status() != 409
				&& answer.status() != 429;
	}

	private void failed(String what) {
		failures.computeIfAbsent(what, key -> new AtomicInteger()).incrementAndGet();
	}

}
