package vn.vidan.workspace.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import vn.vidan.process.AnswerProblem;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.servlet.mvc.support.RedirectAttributesModelMap;

import vn.vidan.web.ProblemException;
import vn.vidan.workspace.FormTokens;
import vn.vidan.workspace.People;

/**
 * What the task page does with a submission, around the engine: a refusal (not the assignee, the form's rules, the
 * feature's answer check) never reaches the engine; the engine's own refusal is a clear message, and a task completed
 * meanwhile sends the officer back to the inbox, never a 500.
 */
class TaskPageControllerTests {

	private static final Locale VI = Locale.forLanguageTag("vi");

	private final TaskWork work = mock(TaskWork.class);

	private final People people = mock(People.class);

	private final Authentication thao = new UsernamePasswordAuthenticationToken("thao.dtk", "demo", List.of());

	private final ExtendedModelMap model = new ExtendedModelMap();

	private final RedirectAttributesModelMap redirect = new RedirectAttributesModelMap();

	private final MockHttpServletResponse response = new MockHttpServletResponse();

	private final FormTokens tokens = mock(FormTokens.class);

	private final MockHttpSession session = new MockHttpSession();

	private TaskPageController controller;

	@BeforeEach
	void setUp() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("i18n/task", "i18n/problems");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		controller = new TaskPageController(work, messages, people, tokens);
		when(tokens.result(any())).thenReturn(Optional.empty());
		when(tokens.issuedIn(any(), any())).thenReturn(true);
		when(tokens.once(any(), any(), any())).thenAnswer(
				call -> new FormTokens.Submission(call.<Supplier<String>>getArgument(2).get(), false));
		when(people.displayName("dung.vd")).thenReturn("Võ Đức Dũng");
		when(work.mayOpen(any(), any())).thenReturn(true);
	}

	private OpenTask task(String assignee) {
		OpenTask task = new OpenTask("t-1", "Kiểm tra tính đầy đủ của hồ sơ", "Task_CheckCompleteness", assignee,
				Instant.parse("2026-03-10T10:00:00Z"), "pi-1", "ResidentRequestProcess", "Hồ sơ thủ tục hành chính",
				"HOAMINH-260309-0001", Optional.empty(), "HOAMINH",
				Forms.named("resident-request.check-completeness.form"), Map.of());
		when(work.find("t-1")).thenReturn(Optional.of(task));
		return task;
	}

	private static MultiValueMap<String, String> answers(String missingDocuments) {
		MultiValueMap<String, String> answers = new LinkedMultiValueMap<>();
		answers.addAll(FilledForm.DRAWN, List.of("dossierComplete", "missingDocuments"));
		answers.add("missingDocuments", missingDocuments);
		return answers;
	}

	private String submit(MultiValueMap<String, String> answers) {
		return controller.complete("t-1", answers, thao, VI, model, redirect, response);
	}

	@SuppressWarnings("unchecked")
	private List<TaskPageController.Problem> problems() {
		return (List<TaskPageController.Problem>) model.get("problems");
	}

	@Test
	void completesAsTheAssigneeAndGoesBackToTheInboxWithANotice() {
		OpenTask task = task("thao.dtk");
		assertThat(submit(answers("Hợp đồng thuê nhà"))).isEqualTo("redirect:/inbox");
		verify(work).complete(any(), any(), any());
		assertThat(redirect.getFlashAttributes().get("notice"))
			.isEqualTo("Đã hoàn thành «Kiểm tra tính đầy đủ của hồ sơ» của HOAMINH-260309-0001.");
		assertThat(task.assignedTo("thao.dtk")).isTrue();
	}

	@Test
	void anEmptyRequiredFieldIsRefusedInTheOfficersLanguageWithoutCallingTheEngine() {
		task("thao.dtk");
		assertThat(submit(answers(" "))).isEqualTo("task/page");
		assertThat(response.getStatus()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY.value());
		assertThat(problems()).singleElement().satisfies(problem -> {
			assertThat(problem.href()).isEqualTo("#field-Field_MissingDocuments");
			assertThat(problem.message()).isEqualTo("Hãy điền «Giấy tờ cần bổ sung (liệt kê đủ một lần)».");
		});
		assertThat(model.get("fieldErrors")).isEqualTo(Map.of("Field_MissingDocuments",
				"Hãy điền «Giấy tờ cần bổ sung (liệt kê đủ một lần)»."));
		verify(work, never()).complete(any(), any(), any());

		controller.complete("t-1", answers(""), thao, Locale.ENGLISH, model, redirect, response);
		assertThat(problems()).singleElement()
			.satisfies(problem -> assertThat(problem.message())
				.isEqualTo("Fill in “Giấy tờ cần bổ sung (liệt kê đủ một lần)”."));
	}

	@Test
	void theFeaturesAnswerCheckIsAppliedBeforeTheEngine() {
		task("thao.dtk");
		when(work.answerProblems(any(), any())).thenReturn(List.of(AnswerProblem.tooLong("missingDocuments", 900)));
		assertThat(submit(answers("Hợp đồng"))).isEqualTo("task/page");
		assertThat(problems()).singleElement().satisfies(problem -> {
			assertThat(problem.href()).as("beside its field").isEqualTo("#field-Field_MissingDocuments");
			assertThat(problem.message()).contains("900");
		});
		verify(work, never()).complete(any(), any(), any());
	}

	@Test
	void onlyTheAssigneeMayComplete() {
		task("dung.vd");
		assertThat(submit(answers("Hợp đồng"))).isEqualTo("task/page");
		assertThat(response.getStatus()).isEqualTo(HttpStatus.CONFLICT.value());
		assertThat(problems()).extracting(TaskPageController.Problem::message)
			.containsExactly("Việc này đang do Võ Đức Dũng xử lý; chỉ người được giao mới hoàn thành được.");
		task(null);
		submit(answers("Hợp đồng"));
		assertThat(problems()).extracting(TaskPageController.Problem::message)
			.containsExactly("Bạn chưa nhận việc này. Bấm «Nhận việc» rồi gửi lại.");
		verify(work, never()).complete(any(), any(), any());
	}

	@Test
	void theEnginesRefusalIsAClearMessageNeverAFailure() {
		task("thao.dtk");
		doThrow(new ProcessEngineException("ENGINE-03005 Execution of 'UPDATE TaskEntity' failed")).when(work)
			.complete(any(), any(), any());
		assertThat(submit(answers("Hợp đồng"))).isEqualTo("task/page");
		assertThat(response.getStatus()).isEqualTo(HttpStatus.CONFLICT.value());
		assertThat(problems()).extracting(TaskPageController.Problem::message)
			.containsExactly("Hệ thống quy trình chưa hoàn thành được việc này; chưa có gì thay đổi. "
					+ "Vui lòng thử lại sau ít phút.");
	}

	@Test
	void aListenersRefusalMeantForPeopleIsShown() {
		task("thao.dtk");
		doThrow(new ProcessEngineException("listener failed",
				new ProblemException(HttpStatus.BAD_REQUEST, "request.missingDocuments", "TAM_TRU", "CT01")))
			.when(work)
			.complete(any(), any(), any());
		submit(answers("Hợp đồng"));
		assertThat(problems()).extracting(TaskPageController.Problem::message)
			.containsExactly("Hệ thống quy trình từ chối: Thủ tục TAM_TRU cần: CT01.");
	}

	@Test
	void aTaskCompletedMeanwhileSendsTheOfficerBackToTheInbox() {
		OpenTask task = task("thao.dtk");
		doThrow(new ProcessEngineException("Cannot find task with id t-1")).when(work).complete(any(), any(), any());
		when(work.find("t-1")).thenReturn(Optional.of(task), Optional.empty());
		assertThat(submit(answers("Hợp đồng"))).isEqualTo("redirect:/inbox");
		assertThat(redirect.getFlashAttributes().get("refusal")).isEqualTo(
				"«Kiểm tra tính đầy đủ của hồ sơ» của HOAMINH-260309-0001 đã được xử lý hoặc không còn mở; "
						+ "câu trả lời của bạn chưa được lưu.");

		when(work.find("t-2")).thenReturn(Optional.empty());
		assertThat(controller.complete("t-2", answers("x"), thao, VI, model, redirect, response))
			.isEqualTo("redirect:/inbox");
	}

	@Test
	void aCommentMustSaySomethingAndNotTooMuch() {
		task("thao.dtk");
		controller.comment("t-1", "   ", "token-1", thao, VI, session, redirect);
		assertThat(redirect.getFlashAttributes().get("commentError")).isEqualTo("Hãy viết ý kiến trước khi gửi.");
		controller.comment("t-1", "x".repeat(TaskPageController.COMMENT_MAX + 1), "token-1", thao, VI, session,
				redirect);
		assertThat(redirect.getFlashAttributes().get("commentError")).isEqualTo("Ý kiến chỉ được tối đa 2.000 ký tự.");
		verify(work, never()).comment(any(), any(), any());
		controller.comment("t-1", " Đã gọi công dân. ", "token-1", thao, VI, session, redirect);
		verify(work).comment(any(), org.mockito.ArgumentMatchers.eq("Đã gọi công dân."), any());
	}

}
