package vn.vidan.request;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.Year;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

import vn.vidan.audit.AuditTrail;
import vn.vidan.calendar.WorkingCalendar;
import vn.vidan.org.OrgDirectory;
import vn.vidan.org.Unit;
import vn.vidan.process.EngineClock;
import vn.vidan.web.ProblemException;
import vn.vidan.workspace.FormErrors;
import vn.vidan.workspace.FormTokens;
import vn.vidan.workspace.ScopeUnits;
import vn.vidan.workspace.WorkspaceLocaleResolver;

/**
 * The desk's intake page ({@code /requests/new}): choose a procedure (its documents follow, with htmx or through the
 * "Chọn thủ tục" step without script), tick the documents handed in and attach their scans, enter the applicant, and
 * receive the dossier through {@link RequestIntake}, as the JSON API does. A refusal names each field in the person's
 * language, never echoes what was typed into a message and stores nothing; a one-time token keeps a double click from
 * opening two dossiers. Then the confirmation with the receipt code and the receipt to print.
 */
@vn.vidan.workspace.PageController
class RequestIntakePage {

	/** How a dossier reaches the desk page; after-hours and weekend service are tagged by the calendar itself. */
	static final List<Channel> DESK_CHANNELS = List.of(Channel.DESK, Channel.HOME_VISIT, Channel.FORWARDED);

	private static final String FORM = "request/intake-new";

	private final ProcedureRepository procedures;

	private final RequestIntake intake;

	private final RequestLifecycle lifecycle;

	private final DossierAccess access;

	private final ScopeUnits scope;

	private final FormTokens tokens;

	private final WorkingCalendar calendar;

	private final Validator validator;

	private final AuditTrail audit;

	private final CatalogueNames names;

	private final MessageSource messages;

	private final OrgDirectory directory;

	RequestIntakePage(ProcedureRepository procedures, RequestIntake intake, RequestLifecycle lifecycle,
			DossierAccess access, ScopeUnits scope, FormTokens tokens, WorkingCalendar calendar, Validator validator,
			AuditTrail audit, CatalogueNames names, MessageSource messages, OrgDirectory directory) {
		this.procedures = procedures;
		this.intake = intake;
		this.lifecycle = lifecycle;
		this.access = access;
		this.scope = scope;
		this.tokens = tokens;
		this.calendar = calendar;
		this.validator = validator;
		this.audit = audit;
		this.names = names;
		this.messages = messages;
		this.directory = directory;
	}

	/** The form; with htmx ({@code HX-Request}) only the chosen procedure's part: its facts and documents. */
	@GetMapping("/requests/new")
	String form(@RequestParam(required = false) String procedure, @RequestParam(required = false) String unit,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Authentication person,
			HttpSession session, HttpServletResponse response, Model model) {
		List<Unit> communes = receivingUnits(person);
		RequestIntakeForm form = new RequestIntakeForm();
		form.setProcedure(active(procedure).map(Procedure::getCode).orElse(null));
		form.setUnit(chosenUnit(unit, communes, person));
		response.setHeader("Vary", "HX-Request");
		if (htmx != null) {
			show(model, form, new FormErrors(), communes);
			return FORM + " :: procedure-part";
		}
		form.setToken(tokens.issue(session));
		show(model, form, new FormErrors(), communes);
		return FORM;
	}

	@PostMapping(value = "/requests/new", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	String receive(@ModelAttribute("form") RequestIntakeForm form, MultipartHttpServletRequest request,
			Authentication person, HttpSession session, HttpServletResponse response, Model model) {
		List<Unit> communes = receivingUnits(person);
		Optional<String> earlier = tokens.result(form.getToken());
		if (earlier.isPresent()) {
			return "redirect:/requests/received/" + earlier.get();
		}
		if (!tokens.issuedIn(session, form.getToken())) {
			form.setToken(tokens.issue(session));
			model.addAttribute("expired", true);
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			show(model, form, new FormErrors(), communes);
			return FORM;
		}
		FormErrors errors = new FormErrors();
		Intake checked = check(form, request.getFileMap(), communes, errors);
		if (!errors.isEmpty()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			show(model, form, errors, communes);
			return FORM;
		}
		FormTokens.Submission done;
		try {
			done = tokens.once(form.getToken(), "request", () -> {
				ResidentRequest received = intake.receive(checked, person.getName());
				audit.record("POST", "/requests/new", "Tiếp nhận hồ sơ " + received.getReceiptCode()
						+ " tại trang một cửa, kênh " + received.getChannel());
				return received.getReceiptCode();
			});
		}
		catch (ProblemException refused) {
			if (refused.getStatusCode().value() != HttpStatus.BAD_REQUEST.value()) {
				throw refused;
			}
			// The service's own checks, should they ever refuse what the page accepted: nothing was stored.
			errors.add("procedure", "intake.error.refused");
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			show(model, form, errors, communes);
			return FORM;
		}
		return "redirect:/requests/received/" + done.caseCode();
	}

	/** The confirmation: receipt code, appointment, and the receipt to print. */
	@GetMapping("/requests/received/{receiptCode}")
	@Transactional(readOnly = true)
	String received(@PathVariable String receiptCode, Model model) {
		ResidentRequest request = readable(receiptCode);
		Procedure procedure = procedures.findById(request.getProcedureCode()).orElseThrow();
		model.addAttribute("dossier", request);
		model.addAttribute("procedure", procedure);
		model.addAttribute("procedureName", names.procedure(procedure));
		model.addAttribute("documents", handedIn(request, procedure, true));
		return "request/intake-received";
	}

	/** The receipt slip as a printable page, in Vietnamese whatever the officer's language: it is the resident's. */
	@GetMapping("/requests/received/{receiptCode}/receipt")
	@Transactional(readOnly = true)
	String receipt(@PathVariable String receiptCode, Model model) {
		ResidentRequest request = readable(receiptCode);
		Procedure procedure = procedures.findById(request.getProcedureCode()).orElseThrow();
		model.addAttribute("dossier", request);
		model.addAttribute("procedure", procedure);
		model.addAttribute("documents", handedIn(request, procedure, false));
		MessageSourceAccessor paper = new MessageSourceAccessor(messages, WorkspaceLocaleResolver.VIETNAMESE);
		model.addAttribute("paper", paper);
		model.addAttribute("parentUnit", directory.snapshot().unit(request.getUnitCode()).getParentCode());
		model.addAttribute("feeText", procedure.getFeeVnd() == 0 ? paper.getMessage("intake.receipt.noFee")
				: paper.getMessage("intake.receipt.money",
						new Object[] { "%,d".formatted(procedure.getFeeVnd()).replace(',', '.') }));
		model.addAttribute("lookupText", paper.getMessage("intake.receipt.lookup", new Object[] { request.getReceiptCode() }));
		return "request/intake-receipt";
	}

	private ResidentRequest readable(String receiptCode) {
		ResidentRequest request = lifecycle.find(receiptCode);
		access.check(request.getUnitCode());
		return request;
	}

	/** The documents of the dossier by name (translated on pages, Vietnamese on the paper). */
	private List<String> handedIn(ResidentRequest request, Procedure procedure, boolean translated) {
		Map<String, ProcedureDocument> known = new LinkedHashMap<>();
		procedure.getDocuments().forEach(document -> known.put(document.getCode(), document));
		return request.getDocuments().stream().map(document -> {
			ProcedureDocument entry = known.get(document.getDocumentCode());
			if (entry == null) {
				return document.getDocumentCode();
			}
			return translated ? names.document(entry) : entry.getName();
		}).toList();
	}

	/** Checks the form in the order of the page; returns the intake when nothing is wrong. */
	private Intake check(RequestIntakeForm form, Map<String, MultipartFile> files, List<Unit> communes,
			FormErrors errors) {
		Optional<Procedure> procedure = active(form.getProcedure());
		if (procedure.isEmpty()) {
			errors.add("procedure", "intake.error.procedure.required");
		}
		List<Intake.Document> documents = procedure.map(chosen -> documents(chosen, form, files, errors))
			.orElse(List.of());
		Applicant applicant = applicant(form, errors);
		boolean ownUnit = communes.stream().anyMatch(unit -> unit.getCode().equals(form.getUnit()));
		if (!ownUnit) {
			errors.add("unit", "intake.error.unit.required");
		}
		Channel channel = DESK_CHANNELS.stream()
			.filter(known -> known.name().equals(form.getChannel()))
			.findFirst()
			.orElse(null);
		if (channel == null) {
			errors.add("channel-" + DESK_CHANNELS.get(0).name(), "intake.error.channel.required");
		}
		return errors.isEmpty() ? new Intake(procedure.get().getCode(), channel, form.getUnit(), applicant, documents)
				: null;
	}

	private List<Intake.Document> documents(Procedure procedure, RequestIntakeForm form,
			Map<String, MultipartFile> files, FormErrors errors) {
		Set<String> ticked = new LinkedHashSet<>(form.getReceived());
		List<Intake.Document> documents = new ArrayList<>();
		for (ProcedureDocument document : procedure.getDocuments()) {
			MultipartFile scan = files.get("scan-" + document.getCode());
			boolean attached = scan != null && !scan.isEmpty();
			if (!ticked.contains(document.getCode()) && !attached) {
				if (document.isRequired()) {
					errors.add("doc-" + document.getCode(), "intake.error.document.required", names.document(document));
				}
				continue;
			}
			if (!attached) {
				documents.add(new Intake.Document(document.getCode(), null, null, null));
				continue;
			}
			if (scan.getSize() > RequestIntake.MAX_DOCUMENT_BYTES) {
				errors.add("scan-" + document.getCode(), "intake.error.scan.tooLarge", names.document(document));
				continue;
			}
			String type = scan.getContentType() == null ? "" : scan.getContentType().toLowerCase(Locale.ROOT);
			if (!type.equals(MediaType.APPLICATION_PDF_VALUE) && !type.startsWith("image/")) {
				errors.add("scan-" + document.getCode(), "intake.error.scan.type", names.document(document));
				continue;
			}
			documents.add(new Intake.Document(document.getCode(), fileName(scan.getOriginalFilename()), type,
					base64(scan)));
		}
		return documents;
	}

	/** The applicant, checked with the API's own constraints (and its personal ID validator). */
	private Applicant applicant(RequestIntakeForm form, FormErrors errors) {
		Applicant.Representative representative = form.hasRepresentative()
				? new Applicant.Representative(RequestIntakeForm.trimmed(form.getRepresentativeName()),
						digits(form.getRepresentativeId()))
				: null;
		Applicant applicant = new Applicant(RequestIntakeForm.trimmed(form.getApplicantName()),
				digits(form.getApplicantId()), RequestIntakeForm.trimmed(form.getApplicantPhone()),
				RequestIntakeForm.trimmed(form.getApplicantAddress()), representative);
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("fullName", "applicantName");
		fields.put("personalId", "applicantId");
		fields.put("phone", "applicantPhone");
		fields.put("address", "applicantAddress");
		fields.put("representative.fullName", "representativeName");
		fields.put("representative.personalId", "representativeId");
		Set<ConstraintViolation<Applicant>> violations = validator.validate(applicant);
		for (Map.Entry<String, String> field : fields.entrySet()) {
			violations.stream()
				.filter(violation -> violation.getPropertyPath().toString().equals(field.getKey()))
				.findFirst()
				.ifPresent(violation -> report(field.getValue(), violation, applicant, errors));
		}
		return applicant;
	}

	private static void report(String field, ConstraintViolation<Applicant> violation, Applicant applicant,
			FormErrors errors) {
		Class<?> constraint = violation.getConstraintDescriptor().getAnnotation().annotationType();
		if (constraint == NotBlank.class || constraint == NotNull.class) {
			errors.add(field, "intake.error." + field + ".required");
		}
		else if (constraint == Size.class) {
			errors.add(field, "intake.error.tooLong", violation.getConstraintDescriptor().getAttributes().get("max"));
		}
		else if (constraint == Pattern.class) {
			errors.add(field, "intake.error." + field + ".invalid");
		}
		else if (constraint == PersonalId.class) {
			String value = field.equals("applicantId") ? applicant.personalId()
					: applicant.representative().personalId();
			PersonalIdValidator.Fault fault = PersonalIdValidator.fault(value,
					Year.now(vn.vidan.workspace.Formats.VIETNAM).getValue());
			errors.add(field, "intake.error.personalId." + (fault == null ? "FORMAT" : fault.name()),
					new DefaultMessageSourceResolvable("intake.error.whose." + field));
		}
		else {
			errors.add(field, "intake.error." + field + ".invalid");
		}
	}

	/** An ID number as typed, with the spaces and dots people put in to read it removed. */
	private static String digits(String value) {
		return RequestIntakeForm.blank(value) ? null : value.replaceAll("[\\s.]", "");
	}

	private static String fileName(String original) {
		if (original == null || original.isBlank()) {
			return "ban-quet";
		}
		String name = original.substring(Math.max(original.lastIndexOf('/'), original.lastIndexOf('\\')) + 1);
		return name.length() <= 255 ? name : name.substring(name.length() - 255);
	}

	private static String base64(MultipartFile scan) {
		try {
			return Base64.getEncoder().encodeToString(scan.getBytes());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private Optional<Procedure> active(String code) {
		return RequestIntakeForm.blank(code) ? Optional.empty()
				: procedures.findById(code.trim()).filter(Procedure::isActive);
	}

	/** The communes the person may receive dossiers for; officers and administrators only, auditors never. */
	private List<Unit> receivingUnits(Authentication person) {
		boolean receiver = person.getAuthorities()
			.stream()
			.anyMatch(authority -> authority.getAuthority().equals("ROLE_OFFICER")
					|| authority.getAuthority().equals("ROLE_ADMIN"));
		List<Unit> communes = receiver ? scope.communes(person) : List.of();
		if (communes.isEmpty()) {
			throw new AccessDeniedException("No commune or ward to receive dossiers for");
		}
		return communes;
	}

	private String chosenUnit(String asked, List<Unit> communes, Authentication person) {
		if (asked != null && communes.stream().anyMatch(unit -> unit.getCode().equals(asked))) {
			return asked;
		}
		return scope.homeCommune(person)
			.filter(home -> communes.stream().anyMatch(unit -> unit.getCode().equals(home)))
			.orElse(communes.get(0).getCode());
	}

	private void show(Model model, RequestIntakeForm form, FormErrors errors, List<Unit> communes) {
		Optional<Procedure> procedure = active(form.getProcedure());
		Instant now = EngineClock.now();
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("communes", communes);
		model.addAttribute("channels", DESK_CHANNELS);
		model.addAttribute("procedures", procedures.findAllByOrderByCode().stream().filter(Procedure::isActive).toList());
		model.addAttribute("procedure", procedure.orElse(null));
		model.addAttribute("procedureName", procedure.map(names::procedure).orElse(null));
		model.addAttribute("serviceWindow", calendar.serviceWindowAt(form.getUnit(), now).orElse(null));
		model.addAttribute("appointment",
				procedure.map(chosen -> calendar.deadline(now, chosen.statutoryDuration(), form.getUnit())).orElse(null));
	}

}
