package vn.vidan.request;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.vidan.web.LikePattern;
import vn.vidan.workspace.ScopeUnits;

/**
 * The dossiers of the units in the person's scope ({@code /requests}), newest first: status in words and colour, the
 * procedure, when received and the working time left to the appointment; a search by receipt code or name; pages of
 * 25. Each row opens the dossier's page.
 */
@vn.vidan.workspace.PageController
class RequestListPage {

	static final int PAGE_SIZE = 25;

	private final DossierList dossiers;

	private final ProcedureRepository procedures;

	private final CatalogueNames names;

	private final ScopeUnits scope;

	RequestListPage(DossierList dossiers, ProcedureRepository procedures, CatalogueNames names, ScopeUnits scope) {
		this.dossiers = dossiers;
		this.procedures = procedures;
		this.names = names;
		this.scope = scope;
	}

	/** A dossier as its row shows it. */
	record Row(String code, String applicant, String procedure, RequestStatus status, String statusGroup,
			java.time.Instant receivedAt, java.time.Instant appointmentAt, String unitCode, boolean open,
			boolean paused, java.time.Instant closedAt) {
	}

	@GetMapping("/requests")
	@Transactional(readOnly = true)
	String list(@RequestParam(name = "search", required = false) String q, @RequestParam(defaultValue = "1") int page,
			Authentication person, Model model) {
		Optional<List<String>> units = scope.units(person);
		String search = q == null || q.isBlank() ? null : q.trim();
		int number = Math.max(1, page);
		Page<ResidentRequest> found = units.filter(List::isEmpty).isPresent() ? Page.empty()
				: dossiers.find(units.isEmpty(), units.orElse(List.of("-")), LikePattern.containing(search), idEnd(search),
						PageRequest.of(number - 1, PAGE_SIZE,
								Sort.by(Sort.Order.desc("receivedAt"), Sort.Order.desc("receiptCode"))));
		Map<String, String> procedureNames = procedures.findAllByOrderByCode()
			.stream()
			.collect(Collectors.toMap(Procedure::getCode, names::procedure));
		model.addAttribute("rows", found.getContent().stream().map(request -> row(request, procedureNames)).toList());
		model.addAttribute("page", found);
		model.addAttribute("number", number);
		model.addAttribute("q", search);
		model.addAttribute("manyUnits", units.map(codes -> codes.size() > 1).orElse(true));
		model.addAttribute("canReceive", !scope.communes(person).isEmpty() && person.getAuthorities()
			.stream()
			.anyMatch(a -> a.getAuthority().equals("ROLE_OFFICER") || a.getAuthority().equals("ROLE_ADMIN")));
		return "request/list";
	}

	private static Row row(ResidentRequest request, Map<String, String> procedureNames) {
		return new Row(request.getReceiptCode(), request.getApplicantName(),
				procedureNames.getOrDefault(request.getProcedureCode(), request.getProcedureCode()), request.getStatus(),
				group(request.getStatus()), request.getReceivedAt(), request.getAppointmentAt(), request.getUnitCode(),
				request.isOpen(), request.getStatus() == RequestStatus.SUPPLEMENT_REQUESTED, request.getClosedAt());
	}

	private static final Set<RequestStatus> STOPPED = EnumSet.of(RequestStatus.REFUSED, RequestStatus.RETURNED,
			RequestStatus.WITHDRAWN);

	/** The colour family of a status: open work, waiting on the resident, ready, done, stopped. */
	static String group(RequestStatus status) {
		if (STOPPED.contains(status)) {
			return "stopped";
		}
		return switch (status) {
			case SUPPLEMENT_REQUESTED -> "waiting";
			case RESULT_READY -> "ready";
			case HANDED_OVER, CLOSED -> "done";
			default -> "open";
		};
	}


	/** Four or more digits find the ID numbers that end with them. */
	static String idEnd(String search) {
		return search != null && search.matches("\\d{4,12}") ? "%" + search : null;
	}

}
