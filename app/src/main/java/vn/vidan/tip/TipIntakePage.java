package vn.vidan.tip;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.vidan.audit.AuditTrail;
import vn.vidan.org.Unit;
import vn.vidan.process.EngineClock;
import vn.vidan.web.ProblemException;
import vn.vidan.workspace.FormErrors;
import vn.vidan.workspace.FormTokens;
import vn.vidan.workspace.Formats;
import vn.vidan.workspace.ScopeUnits;

/**
 * The page for a tip taken at the desk or by phone ({@code /tips/new}): where and when, what happened, the suggested
 * category and urgency, attachments, and the reporter if they give their name. It goes through {@link TipIntake}, so
 * the reporter's identity reaches only the vault; refusals name fields without echoing them and store nothing; a
 * one-time token keeps a double click from opening two tips. The confirmation shows the reference and, when the
 * reporter wants to follow the tip, the tracking code and secret, once.
 */
@vn.vidan.workspace.PageController
class TipIntakePage {

	static final List<TipChannel> OFFICER_CHANNELS = List.of(TipChannel.IN_PERSON, TipChannel.PHONE);

	static final List<TipCategory> SUGGESTABLE = Arrays.stream(TipCategory.values())
		.filter(category -> category != TipCategory.DUPLICATE)
		.toList();

	private static final int MAX_ATTACHMENTS = 10;

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	private static final Pattern DAY_TYPED = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})");

	private static final Pattern TIME_TYPED = Pattern.compile("(\\d{1,2})(?:\\s*[:h.]\\s*(\\d{2})?)?");

	private static final String FORM = "tip/intake-new";

	private final TipIntake intake;

	private final TipCase tips;

	private final ScopeUnits scope;

	private final FormTokens tokens;

	private final Validator validator;

	private final AuditTrail audit;

	TipIntakePage(TipIntake intake, TipCase tips, ScopeUnits scope, FormTokens tokens, Validator validator,
			AuditTrail audit) {
		this.intake = intake;
		this.tips = tips;
		this.scope = scope;
		this.tokens = tokens;
		this.validator = validator;
		this.audit = audit;
	}

	/** The tracking code and secret, for the reporter who wants to follow the tip; shown on one page view only. */
	record FollowUp(String trackingCode, String secret) {

		@Override
		public String toString() {
			return "FollowUp[protected]";
		}

	}

	@GetMapping("/tips/new")
	String form(Authentication person, HttpSession session, Model model) {
		List<Unit> communes = receivingUnits(person);
		TipIntakeForm form = new TipIntakeForm();
		form.setToken(tokens.issue(session));
		form.setUnit(scope.homeCommune(person)
			.filter(home -> communes.stream().anyMatch(unit -> unit.getCode().equals(home)))
			.orElse(communes.get(0).getCode()));
		ZonedDateTime now = EngineClock.now().atZone(Formats.VIETNAM);
		form.setIncidentDate(DAY.format(now));
		form.setIncidentTime(TIME.format(now));
		show(model, form, new FormErrors(), communes);
		return FORM;
	}

	@PostMapping(value = "/tips/new", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	String receive(@ModelAttribute("form") TipIntakeForm form, MultipartHttpServletRequest request,
			Authentication person, HttpSession session, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		List<Unit> communes = receivingUnits(person);
		Optional<String> earlier = tokens.result(form.getToken());
		if (earlier.isPresent()) {
			return "redirect:/tips/received/" + earlier.get();
		}
		if (!tokens.issuedIn(session, form.getToken())) {
			form.setToken(tokens.issue(session));
			model.addAttribute("expired", true);
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			show(model, form, new FormErrors(), communes);
			return FORM;
		}
		FormErrors errors = new FormErrors();
		Checked checked = check(form, request.getFiles("attachments"), communes, errors);
		if (!errors.isEmpty()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			show(model, form, errors, communes);
			return FORM;
		}
		TipIntake.Receipt[] receipt = new TipIntake.Receipt[1];
		FormTokens.Submission done;
		try {
			done = tokens.once(form.getToken(), "tip", () -> {
				receipt[0] = intake.receiveByOfficer(checked.report(), checked.channel(), person.getName());
				audit.record("POST", "/tips/new",
						"Tiếp nhận tin báo " + receipt[0].reference() + ", kênh " + checked.channel());
				return receipt[0].reference();
			});
		}
		catch (ProblemException refused) {
			if (refused.getStatusCode().value() != HttpStatus.BAD_REQUEST.value()) {
				throw refused;
			}
			errors.add("description", "intake.error.refused");
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			show(model, form, errors, communes);
			return FORM;
		}
		if (!done.repeated() && form.isFollow()) {
			redirect.addFlashAttribute("followUp", new FollowUp(receipt[0].trackingCode(), receipt[0].secret()));
		}
		return "redirect:/tips/received/" + done.caseCode();
	}

	/** The confirmation: the reference, what was recorded (never the reporter), the follow-up codes once. */
	@GetMapping("/tips/received/{reference}")
	String received(@PathVariable String reference, Model model) {
		model.addAttribute("tip", tips.view(reference));
		return "tip/intake-received";
	}

	private record Checked(TipIntake.Report report, TipChannel channel) {
	}

	/** Checks the form; errors are listed in the order of the page. Returns the report when nothing is wrong. */
	private Checked check(TipIntakeForm form, List<MultipartFile> files, List<Unit> communes, FormErrors errors) {
		TipChannel channel = OFFICER_CHANNELS.stream()
			.filter(known -> known.name().equals(form.getChannel()))
			.findFirst()
			.orElse(null);
		boolean ownUnit = communes.stream().anyMatch(unit -> unit.getCode().equals(form.getUnit()));
		String[] incidentProblem = new String[1];
		OffsetDateTime incidentAt = incidentAt(form.getIncidentDate(), form.getIncidentTime(), incidentProblem);
		TipCategory category = SUGGESTABLE.stream()
			.filter(known -> known.name().equals(form.getCategory()))
			.findFirst()
			.orElse(null);
		Urgency urgency = Arrays.stream(Urgency.values())
			.filter(known -> known.name().equals(form.getUrgency()))
			.findFirst()
			.orElse(null);
		FormErrors attachmentErrors = new FormErrors();
		List<TipIntake.Attachment> attachments = attachments(files, attachmentErrors);
		ReporterIdentity reporter = form.hasReporter()
				? new ReporterIdentity(TipIntakeForm.trimmed(form.getReporterName()), digits(form.getReporterId()),
						phone(form.getReporterPhone()), TipIntakeForm.trimmed(form.getReporterAddress()))
				: null;
		TipIntake.Report report = new TipIntake.Report(form.getUnit(), TipIntakeForm.trimmed(form.getIncidentAddress()),
				incidentAt, TipIntakeForm.trimmed(form.getDescription()), category, urgency, reporter, null,
				attachments);
		Set<ConstraintViolation<TipIntake.Report>> violations = validator.validate(report);

		if (channel == null) {
			errors.add("channel-" + OFFICER_CHANNELS.get(0).name(), "intake.error.tipChannel.required");
		}
		if (!ownUnit) {
			errors.add("unit", "intake.error.tipUnit.required");
		}
		violation(violations, "incidentAddress", "incidentAddress", errors);
		if (incidentProblem[0] != null) {
			errors.add("incidentAt", incidentProblem[0]);
		}
		violation(violations, "incidentAt", "incidentAt", errors);
		violation(violations, "description", "description", errors);
		if (category == null) {
			errors.add("category", "intake.error.category.required");
		}
		if (urgency == null) {
			errors.add("urgency-" + Urgency.values()[0].name(), "intake.error.urgency.required");
		}
		attachmentErrors.getAll().forEach(error -> errors.add(error.field(), error.key(), error.args()));
		violation(violations, "reporter.fullName", "reporterName", errors);
		violation(violations, "reporter.idNumber", "reporterId", errors);
		violation(violations, "reporter.phone", "reporterPhone", errors);
		violation(violations, "reporter.address", "reporterAddress", errors);
		return errors.isEmpty() ? new Checked(report, channel) : null;
	}

	/** The field's first violation, as a message of ours: the validator's own messages may quote the input. */
	private static void violation(Set<? extends ConstraintViolation<?>> violations, String path, String field,
			FormErrors errors) {
		violations.stream()
			.filter(violation -> violation.getPropertyPath().toString().equals(path))
			.findFirst()
			.ifPresent(violation -> {
				Class<?> constraint = violation.getConstraintDescriptor().getAnnotation().annotationType();
				if (constraint == NotBlank.class || constraint == NotNull.class) {
					errors.add(field, "intake.error." + field + ".required");
				}
				else if (constraint == Size.class) {
					errors.add(field, "intake.error.tooLong",
							violation.getConstraintDescriptor().getAttributes().get("max"));
				}
				else {
					errors.add(field, "intake.error." + field + ".invalid");
				}
			});
	}

	/**
	 * The incident's time as people write it: the day as dd/MM/yyyy (or with dots or dashes) and the time as HH:mm on
	 * the 24-hour clock (20:30, 20h30, 20.30 or just 20), in Vietnam's time; never in the future.
	 */
	static OffsetDateTime incidentAt(String date, String time, String[] problem) {
		if (TipIntakeForm.blank(date) || TipIntakeForm.blank(time)) {
			return null; // the validator reports it as required
		}
		Matcher day = DAY_TYPED.matcher(date.trim());
		Matcher clock = TIME_TYPED.matcher(time.trim().toLowerCase(Locale.ROOT));
		try {
			if (!day.matches() || !clock.matches()) {
				throw new DateTimeException("not a day and a time");
			}
			LocalDateTime local = LocalDateTime.of(Integer.parseInt(day.group(3)), Integer.parseInt(day.group(2)),
					Integer.parseInt(day.group(1)), Integer.parseInt(clock.group(1)),
					clock.group(2) == null ? 0 : Integer.parseInt(clock.group(2)));
			OffsetDateTime at = local.atZone(Formats.VIETNAM).toOffsetDateTime();
			if (at.toInstant().isAfter(EngineClock.now().plus(Duration.ofMinutes(5)))) {
				problem[0] = "intake.error.incidentAt.future";
			}
			return at;
		}
		catch (DateTimeException e) {
			problem[0] = "intake.error.incidentAt.invalid";
			return OffsetDateTime.now(); // any value: the form is refused
		}
	}

	private static List<TipIntake.Attachment> attachments(List<MultipartFile> files, FormErrors errors) {
		List<MultipartFile> attached = files.stream().filter(file -> !file.isEmpty()).toList();
		if (attached.size() > MAX_ATTACHMENTS) {
			errors.add("attachments", "intake.error.attachments.tooMany", MAX_ATTACHMENTS);
			return List.of();
		}
		List<TipIntake.Attachment> attachments = new ArrayList<>();
		for (MultipartFile file : attached) {
			if (file.getSize() > TipIntake.MAX_ATTACHMENT_BYTES) {
				errors.add("attachments", "intake.error.attachments.tooLarge");
				continue;
			}
			String type = file.getContentType() == null || file.getContentType().isBlank()
					? MediaType.APPLICATION_OCTET_STREAM_VALUE : file.getContentType().toLowerCase(Locale.ROOT);
			try {
				attachments.add(new TipIntake.Attachment(fileName(file.getOriginalFilename()),
						type.length() > 100 ? MediaType.APPLICATION_OCTET_STREAM_VALUE : type,
						Base64.getEncoder().encodeToString(file.getBytes())));
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		return attachments;
	}

	private static String fileName(String original) {
		if (original == null || original.isBlank()) {
			return "tep-dinh-kem";
		}
		String name = original.substring(Math.max(original.lastIndexOf('/'), original.lastIndexOf('\\')) + 1);
		return name.length() <= 200 ? name : name.substring(name.length() - 200);
	}

	private static String digits(String value) {
		return TipIntakeForm.blank(value) ? null : value.replaceAll("[\\s.]", "");
	}

	/** A phone number as people say it (0905 123 456, 0905.123.456), as the vault keeps it: digits only. */
	private static String phone(String value) {
		return TipIntakeForm.blank(value) ? null : value.replaceAll("[\\s.()-]", "");
	}

	private List<Unit> receivingUnits(Authentication person) {
		boolean receiver = person.getAuthorities()
			.stream()
			.anyMatch(authority -> authority.getAuthority().equals("ROLE_OFFICER")
					|| authority.getAuthority().equals("ROLE_ADMIN"));
		List<Unit> communes = receiver ? scope.communes(person) : List.of();
		if (communes.isEmpty()) {
			throw new AccessDeniedException("No commune or ward to receive tips for");
		}
		return communes;
	}

	private void show(Model model, TipIntakeForm form, FormErrors errors, List<Unit> communes) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("communes", communes);
		model.addAttribute("channels", OFFICER_CHANNELS);
		model.addAttribute("categories", SUGGESTABLE);
		model.addAttribute("urgencies", Urgency.values());
	}

}
