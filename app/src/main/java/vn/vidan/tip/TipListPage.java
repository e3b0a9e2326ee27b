package vn.vidan.tip;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

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
 * The tips of the units in the person's scope ({@code /tips}), newest first: reference, what it is about, where,
 * status in words and colour, urgency, when received and the working time left to the current deadline; a search by
 * reference or address; pages of 25. Nothing of the reporter is read, so nothing of them can show.
 */
@vn.vidan.workspace.PageController
class TipListPage {

	static final int PAGE_SIZE = 25;

	private final TipList tips;

	private final ScopeUnits scope;

	TipListPage(TipList tips, ScopeUnits scope) {
		this.tips = tips;
		this.scope = scope;
	}

	/** A tip as its row shows it: no reporter field exists here. */
	record Row(String reference, TipCategory category, boolean decided, String incidentAddress, TipStatus status,
			String statusGroup, Urgency urgency, TipChannel channel, Instant receivedAt, Instant due, String unitCode,
			boolean open) {
	}

	@GetMapping("/tips")
	@Transactional(readOnly = true)
	String list(@RequestParam(name = "search", required = false) String q, @RequestParam(defaultValue = "1") int page,
			Authentication person, Model model) {
		Optional<List<String>> units = scope.units(person);
		String search = q == null || q.isBlank() ? null : q.trim();
		int number = Math.max(1, page);
		Page<TipLine> found = units.filter(List::isEmpty).isPresent() ? Page.empty()
				: tips.find(units.isEmpty(), units.orElse(List.of("-")), LikePattern.containing(search),
						PageRequest.of(number - 1, PAGE_SIZE,
								Sort.by(Sort.Order.desc("receivedAt"), Sort.Order.desc("reference"))));
		model.addAttribute("rows", found.getContent().stream().map(TipListPage::row).toList());
		model.addAttribute("page", found);
		model.addAttribute("number", number);
		model.addAttribute("q", search);
		model.addAttribute("manyUnits", units.map(codes -> codes.size() > 1).orElse(true));
		model.addAttribute("canReceive", !scope.communes(person).isEmpty() && person.getAuthorities()
			.stream()
			.anyMatch(a -> a.getAuthority().equals("ROLE_OFFICER") || a.getAuthority().equals("ROLE_ADMIN")));
		return "tip/list";
	}

	private static Row row(TipLine tip) {
		boolean open = tip.closedAt() == null && tip.status() != TipStatus.CLOSED
				&& tip.status() != TipStatus.TRANSFERRED;
		Instant due = tip.status() == TipStatus.RECEIVED || tip.handlingDue() == null ? tip.triageDue()
				: tip.handlingDue();
		return new Row(tip.reference(), tip.category() == null ? tip.suggestedCategory() : tip.category(),
				tip.category() != null, tip.incidentAddress(), tip.status(), group(tip.status()),
				tip.urgency(), tip.channel(), tip.receivedAt(), open ? due : null, tip.unitCode(), open);
	}

	/** The colour family of a status: open work, urgent, waiting for approval, done. */
	static String group(TipStatus status) {
		return switch (status) {
			case DISPATCHED -> "urgent";
			case AWAITING_APPROVAL -> "waiting";
			case TRANSFERRED, CLOSED -> "done";
			default -> "open";
		};
	}


}
