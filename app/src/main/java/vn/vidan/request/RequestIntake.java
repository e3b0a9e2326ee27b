package vn.vidan.request;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.vidan.calendar.WorkingCalendar;
import vn.vidan.calendar.WorkingTime;
import vn.vidan.org.OrgDirectory;
import vn.vidan.org.OrgSnapshot;
import vn.vidan.org.Unit;
import vn.vidan.org.UnitLevel;
import vn.vidan.process.EngineClock;
import vn.vidan.processes.request.ResidentRequestProcess;
import vn.vidan.web.ProblemException;
import vn.vidan.web.Uploads;

/**
 * Opens a dossier: checks it against the catalogue, gives it a receipt code and an appointment date in the unit's
 * working days, stores it with its documents, and starts {@code ResidentRequestProcess} under the receipt code, all
 * in one transaction: bad input changes nothing.
 */
@Service
public class RequestIntake {

	static final int MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

	private final ProcedureRepository procedures;

	private final ResidentRequestRepository requests;

	private final ReceiptCodes receiptCodes;

	private final WorkingCalendar calendar;

	private final OrgDirectory directory;

	private final RuntimeService runtime;

	private final DossierAccess access;

	private final Uploads uploads;

	RequestIntake(ProcedureRepository procedures, ResidentRequestRepository requests, ReceiptCodes receiptCodes,
			WorkingCalendar calendar, OrgDirectory directory, RuntimeService runtime, DossierAccess access,
			Uploads uploads) {
		this.uploads = uploads;
		this.access = access;
		this.procedures = procedures;
		this.requests = requests;
		this.receiptCodes = receiptCodes;
		this.calendar = calendar;
		this.directory = directory;
		this.runtime = runtime;
	}

	@Transactional
	public ResidentRequest receive(Intake intake, String officer) {
		Procedure procedure = activeProcedure(intake.procedureCode());
		Unit unit = receivingUnit(intake.unitCode());
		access.check(unit.getCode());
		List<RequestDocument.Pending> documents = documents(procedure, intake.documents());
		Instant now = EngineClock.now();
		String receiptCode = receiptCodes.next(unit.getCode(), now);
		WorkingTime workingTime = calendar.of(unit.getCode());
		Instant appointment = workingTime.deadline(now, procedure.statutoryDuration());
		int statutoryMinutes = (int) workingTime.workingMinutesBetween(now, appointment);
		ResidentRequest request = new ResidentRequest(receiptCode, procedure, unit.getCode(), intake.channel(),
				calendar.serviceWindowAt(unit.getCode(), now).orElse(null), intake.applicant(), now, appointment,
				statutoryMinutes, officer);
		documents.forEach(document -> request.attach(document.forRequest(receiptCode, now)));
		requests.save(request);
		String processInstanceId = runtime
			.startProcessInstanceByKey(ResidentRequestProcess.PROCESS_KEY, receiptCode,
					Map.of(ResidentRequestProcess.Vars.UNIT_CODE, unit.getCode(), ResidentRequestProcess.Vars.DECIDED_ABOVE,
							procedure.isDecidedAboveCommune()))
			.getId();
		request.startedAs(processInstanceId);
		return request;
	}

	private Procedure activeProcedure(String code) {
		return procedures.findById(code.trim())
			.filter(Procedure::isActive)
			.orElseThrow(() -> new ProblemException(HttpStatus.BAD_REQUEST, "request.unknownProcedure", code,
					String.join(", ", procedures.findAllByOrderByCode()
						.stream()
						.filter(Procedure::isActive)
						.map(Procedure::getCode)
						.toList())));
	}

	private Unit receivingUnit(String code) {
		OrgSnapshot org = directory.snapshot();
		if (!org.hasUnit(code.trim())) {
			throw new ProblemException(HttpStatus.BAD_REQUEST, "request.unknownUnit", code);
		}
		Unit unit = org.unit(code.trim());
		if (unit.getLevel() != UnitLevel.COMMUNE) {
			throw new ProblemException(HttpStatus.BAD_REQUEST, "request.notReceivingUnit", unit.getName(), code);
		}
		return unit;
	}

	/** The documents handed in, checked against what the procedure asks for. */
	private List<RequestDocument.Pending> documents(Procedure procedure, List<Intake.Document> handedIn) {
		List<RequestDocument.Pending> checked = checkKnown(procedure, handedIn);
		Set<String> present = handedIn.stream().map(document -> document.code().trim()).collect(Collectors.toSet());
		List<String> missing = procedure.getDocuments()
			.stream()
			.filter(ProcedureDocument::isRequired)
			.filter(document -> !present.contains(document.getCode()))
			.map(document -> document.getName() + " (" + document.getCode() + ")")
			.toList();
		if (!missing.isEmpty()) {
			throw new ProblemException(HttpStatus.BAD_REQUEST, "request.missingDocuments", procedure.getName(),
					String.join("; ", missing));
		}
		return checked;
	}

	/** Documents checked against the procedure's list, decoded and hashed; unknown ones are refused. */
	List<RequestDocument.Pending> checkKnown(Procedure procedure, List<Intake.Document> handedIn) {
		Map<String, ProcedureDocument> known = procedure.getDocuments()
			.stream()
			.collect(Collectors.toMap(ProcedureDocument::getCode, document -> document));
		Set<String> unknown = new LinkedHashSet<>();
		for (Intake.Document document : handedIn) {
			if (!known.containsKey(document.code().trim())) {
				unknown.add(document.code());
			}
		}
		if (!unknown.isEmpty()) {
			throw new ProblemException(HttpStatus.BAD_REQUEST, "request.unknownDocument", procedure.getCode(),
					String.join(", ", unknown), String.join(", ", known.keySet()));
		}
		return handedIn.stream().map(this::decode).toList();
	}

	/** A scan decoded, checked for size and for its type by its bytes, and kept under that type. */
	private RequestDocument.Pending decode(Intake.Document document) {
		byte[] content = null;
		String sha256 = null;
		String contentType = document.contentType();
		if (document.contentBase64() != null && !document.contentBase64().isBlank()) {
			try {
				content = Base64.getMimeDecoder().decode(document.contentBase64());
			}
			catch (IllegalArgumentException e) {
				throw new ProblemException(HttpStatus.BAD_REQUEST, "request.unreadableDocument", document.code());
			}
			if (content.length > MAX_DOCUMENT_BYTES) {
				throw new ProblemException(HttpStatus.PAYLOAD_TOO_LARGE, "request.documentTooLarge", document.code(),
						content.length, MAX_DOCUMENT_BYTES);
			}
			contentType = uploads.documentType(content, document.code());
			sha256 = sha256(content);
		}
		return new RequestDocument.Pending(document.code().trim(), document.fileName(), contentType, content, sha256);
	}

	static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("Every Java runtime has SHA-256", e);
		}
	}

}
