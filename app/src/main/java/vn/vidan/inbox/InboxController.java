package vn.vidan.inbox;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.vidan.calendar.WorkingCalendar;
import vn.vidan.org.Officer;
import vn.vidan.org.OrgDirectory;
import vn.vidan.org.OrgSnapshot;
import vn.vidan.org.Unit;
import vn.vidan.process.CaseType;
import vn.vidan.process.EngineClock;
import vn.vidan.web.ProblemException;
import vn.vidan.workspace.PageController;
import vn.vidan.workspace.People;
import vn.vidan.workspace.WorkspaceSettings;

/**
 * The officer's inbox ({@code /inbox}): the five lists with their counts (polled), filters and search in the URL,
 * sorting and keyset paging, saved filters; and the actions on tasks (claim, hand back, assign, in bulk), each a
 * plain POST that returns to the list it came from.
 */
@PageController
class InboxController {

	private final InboxQuery query;

	private final InboxActions actions;

	private final Viewers viewers;

	private final InboxSettings settings;

	private final WorkspaceSettings workspace;

	private final WorkingCalendar calendar;

	private final JdbcTemplate jdbc;

	private final SavedFilters saved;

	private final InboxSteps steps;

	private final InboxLabels labels;

	private final AssigneeScope assignees;

	private final OrgDirectory directory;

	private final MessageSource messages;

	private final People people;

	InboxController(InboxQuery query, InboxActions actions, Viewers viewers, InboxSettings settings,
			WorkspaceSettings workspace, WorkingCalendar calendar, JdbcTemplate jdbc, SavedFilters saved, InboxSteps steps,
			InboxLabels labels, AssigneeScope assignees, OrgDirectory directory, MessageSource messages, People people) {
		this.query = query;
		this.actions = actions;
		this.viewers = viewers;
		this.settings = settings;
		this.workspace = workspace;
		this.calendar = calendar;
		this.jdbc = jdbc;
		this.saved = saved;
		this.steps = steps;
		this.labels = labels;
		this.assignees = assignees;
		this.directory = directory;
		this.messages = messages;
		this.people = people;
	}

	@GetMapping("/inbox")
	String inbox(@RequestParam Map<String, String> request, Authentication user, Model model) {
		Viewer viewer = viewers.of(user);
		InboxParams params = new InboxParams(request);
		InboxMoment moment = moment(viewer);
		InboxFilter filter = filter(params, viewer);
		InboxCounts counts = query.counts(viewer, filter, moment);
		if (!params.has("list") && params.has("q")) {
			// A search from the top bar: show the first list that finds something.
			for (InboxList list : List.of(InboxList.MINE, InboxList.UNCLAIMED, InboxList.DONE)) {
				if (counts.of(list) > 0) {
					filter = filter.withList(list);
					break;
				}
			}
		}
		InboxPage page = query.list(viewer, filter, moment, settings.pageSize());
		if (filter.list() == InboxList.MINE && filter.cursor() == null) {
			seen(viewer.username(), moment.now());
		}
		model.addAttribute("viewer", viewer);
		model.addAttribute("filter", filter);
		model.addAttribute("params", params);
		model.addAttribute("counts", counts);
		model.addAttribute("page", page);
		model.addAttribute("seenAt", moment.seenAt());
		model.addAttribute("lists", InboxList.values());
		model.addAttribute("tabs", tabs(params, counts));
		model.addAttribute("columns", columns(params, filter));
		model.addAttribute("links", links(params, filter, page));
		model.addAttribute("options", options(viewer));
		model.addAttribute("savedFilters", saved.visibleTo(viewer.username(), viewer.homeUnit()));
		model.addAttribute("savedQuery", params.savedQuery(filter.list()));
		model.addAttribute("colleagues", colleagues(viewer));
		model.addAttribute("countsUrl", params.counts(filter.list()));
		model.addAttribute("countsTrigger", trigger());
		return "inbox/inbox";
	}

	/** The tabs with their counts, for the page's poll. */
	@GetMapping("/inbox/counts")
	String counts(@RequestParam Map<String, String> request, Authentication user, Model model) {
		Viewer viewer = viewers.of(user);
		InboxParams params = new InboxParams(request);
		InboxFilter filter = filter(params, viewer);
		InboxCounts counts = query.counts(viewer, filter, moment(viewer));
		model.addAttribute("filter", filter);
		model.addAttribute("tabs", tabs(params, counts));
		model.addAttribute("counts", counts);
		model.addAttribute("countsUrl", params.counts(filter.list()));
		model.addAttribute("countsTrigger", trigger());
		return "inbox/inbox :: tabs";
	}

	@PostMapping("/tasks/{taskId}/claim")
	String claim(@PathVariable String taskId, @RequestParam(required = false) String back, Authentication user,
			RedirectAttributes flash) {
		return act(back, flash, () -> {
			actions.claim(taskId, user);
			return message("inbox.done.claimed", codeOf(taskId));
		});
	}

	@PostMapping("/tasks/{taskId}/unclaim")
	String unclaim(@PathVariable String taskId, @RequestParam(required = false) String back, Authentication user,
			RedirectAttributes flash) {
		return act(back, flash, () -> {
			actions.unclaim(taskId, user);
			return message("inbox.done.unclaimed", codeOf(taskId));
		});
	}

	@PostMapping("/tasks/{taskId}/assign")
	String assign(@PathVariable String taskId, @RequestParam(required = false) String assignee,
			@RequestParam(required = false) String back, Authentication user, RedirectAttributes flash) {
		return act(back, flash, () -> {
			actions.assign(taskId, assignee, user);
			return message("inbox.done.assigned", codeOf(taskId), people.displayName(assignee));
		});
	}

	/** Claims or assigns the selected rows, all or none. */
	@PostMapping("/inbox/bulk")
	String bulk(@RequestParam(name = "task", required = false) List<String> taskIds,
			@RequestParam(required = false) String action, @RequestParam(required = false) String assignee,
			@RequestParam(required = false) String back, Authentication user, RedirectAttributes flash) {
		List<String> ids = taskIds == null ? List.of() : taskIds;
		return act(back, flash, () -> {
			if ("assign".equals(action)) {
				int changed = actions.assignAll(ids, assignee, user);
				return message("inbox.done.bulkAssigned", changed, people.displayName(assignee));
			}
			int changed = actions.claimAll(ids, user);
			return message("inbox.done.bulkClaimed", changed);
		});
	}

	/** Choose a colleague for one task. */
	@GetMapping("/inbox/assign")
	String assignPage(@RequestParam(name = "task") String taskId, @RequestParam(required = false) String back,
			Authentication user, Model model) {
		Viewer viewer = viewers.of(user);
		InboxRow row = query.row(taskId)
			.filter(InboxRow::open)
			.orElseThrow(() -> ProblemException.worded(HttpStatus.NOT_FOUND, message("inbox.refused.goneTitle"),
					message("inbox.refused.gone")));
		if (!viewer.username().equals(row.assignee()) && !query.visible(viewer, taskId)) {
			throw ProblemException.worded(HttpStatus.FORBIDDEN, message("inbox.refused.assignTitle"),
					message("inbox.refused.notYours", row.caseCode()));
		}
		model.addAttribute("row", row);
		model.addAttribute("people", assignees.eligible(row.unitCode()));
		model.addAttribute("back", local(back));
		return "inbox/assign";
	}

	@PostMapping("/inbox/filters")
	String saveFilter(@RequestParam(required = false) String name, @RequestParam(required = false) String query,
			@RequestParam(required = false) boolean shared, @RequestParam(required = false) String back,
			Authentication user, RedirectAttributes flash) {
		Viewer viewer = viewers.of(user);
		String trimmed = name == null ? "" : name.trim();
		String kept = query == null ? "" : query.trim();
		String target = local(back);
		if (trimmed.isEmpty() || trimmed.length() > 80) {
			flash.addFlashAttribute("refusal", message("inbox.filters.nameNeeded"));
		}
		else if (kept.length() > 1000 || !kept.startsWith("list=")) {
			flash.addFlashAttribute("refusal", message("inbox.filters.bad"));
		}
		else if (saved.countOf(viewer.username()) >= SavedFilters.MAX_PER_PERSON) {
			flash.addFlashAttribute("refusal", message("inbox.filters.tooMany", SavedFilters.MAX_PER_PERSON));
		}
		else {
			saved.save(viewer.username(), trimmed, kept, shared ? viewer.homeUnit() : null);
			flash.addFlashAttribute("notice", message("inbox.filters.saved", trimmed));
		}
		return "redirect:" + target;
	}

	@PostMapping("/inbox/filters/{id}/delete")
	String deleteFilter(@PathVariable String id, @RequestParam(required = false) String back, Authentication user,
			RedirectAttributes flash) {
		if (saved.delete(id, user.getName())) {
			flash.addFlashAttribute("notice", message("inbox.filters.deleted"));
		}
		else {
			flash.addFlashAttribute("refusal", message("inbox.filters.notYours"));
		}
		return "redirect:" + local(back);
	}

	private interface Action {

		String run();

	}

	/** Runs an action and goes back with what happened, or why nothing did. */
	private String act(String back, RedirectAttributes flash, Action action) {
		try {
			flash.addFlashAttribute("notice", action.run());
		}
		catch (ProblemException refused) {
			flash.addFlashAttribute("refusal", refused.getBody().getDetail());
		}
		return "redirect:" + local(back);
	}

	private String codeOf(String taskId) {
		return query.row(taskId).map(InboxRow::caseCode).orElse("");
	}

	private InboxMoment moment(Viewer viewer) {
		Instant now = EngineClock.now();
		Instant soon = viewer.homeUnit() == null ? now.plus(workspace.dueSoon())
				: calendar.of(viewer.homeUnit()).plusWorkingMinutes(now, workspace.dueSoon().toMinutes());
		List<Timestamp> seen = jdbc.queryForList("SELECT seen_at FROM inbox_seen WHERE username = ?", Timestamp.class,
				viewer.username());
		return new InboxMoment(now, soon, now.minus(settings.doneWithin()),
				seen.isEmpty() ? null : seen.get(0).toInstant());
	}

	private void seen(String username, Instant now) {
		Timestamp at = Timestamp.from(now);
		if (jdbc.update("UPDATE inbox_seen SET seen_at = ? WHERE username = ?", at, username) == 0) {
			jdbc.update("INSERT INTO inbox_seen (username, seen_at) VALUES (?, ?)", username, at);
		}
	}

	private InboxFilter filter(InboxParams params, Viewer viewer) {
		InboxList list = InboxList.of(params.get("list"));
		InboxSort sort = InboxSort.of(params.get("sort"), list);
		boolean descending = params.has("dir") ? "desc".equals(params.get("dir"))
				: !params.has("sort") && list == InboxList.DONE;
		List<String> units = List.of();
		String unit = params.get("unit");
		OrgSnapshot org = directory.snapshot();
		if (unit != null && org.hasUnit(unit)) {
			units = org.subtree(unit);
		}
		else if (unit != null) {
			units = List.of(unit);
		}
		LocalDate to = params.date("dueTo");
		Cursor cursor = params.has("before") ? Cursor.parse(params.get("before"), false)
				: Cursor.parse(params.get("after"), true);
		return new InboxFilter(list, params.get("type"), params.get("procedure"), params.get("channel"), params.get("status"),
				params.get("step"), units, InboxParams.startOf(params.date("dueFrom")),
				to == null ? null : InboxParams.startOf(to.plusDays(1)), params.get("q"), sort, descending, cursor);
	}

	private List<InboxView.Tab> tabs(InboxParams params, InboxCounts counts) {
		List<InboxView.Tab> tabs = new ArrayList<>();
		for (InboxList list : InboxList.values()) {
			tabs.add(new InboxView.Tab(list, params.list(list), counts.of(list),
					list == InboxList.MINE ? counts.newlyAssigned() : 0));
		}
		return tabs;
	}

	private List<InboxView.Column> columns(InboxParams params, InboxFilter filter) {
		List<InboxView.Column> columns = new ArrayList<>();
		InboxSort[] sortable = { InboxSort.CASE, InboxSort.SUBJECT, InboxSort.PROCEDURE, InboxSort.STEP, InboxSort.UNIT,
				filter.list() == InboxList.DONE ? InboxSort.COMPLETED : InboxSort.DUE, InboxSort.ASSIGNEE };
		for (InboxSort sort : sortable) {
			boolean current = sort == filter.sort();
			columns.add(new InboxView.Column(sort, "inbox.column." + sort.param(),
					params.sort(sort, filter.sort(), filter.descending(), filter.list()),
					current ? (filter.descending() ? "descending" : "ascending") : "none"));
		}
		return columns;
	}

	private Map<String, String> links(InboxParams params, InboxFilter filter, InboxPage page) {
		Map<String, String> links = new LinkedHashMap<>();
		if (page.previous() != null) {
			links.put("previous", params.page(page.previous(), filter.list()));
			links.put("first", params.firstPage(filter.list()));
		}
		if (page.next() != null) {
			links.put("next", params.page(page.next(), filter.list()));
		}
		links.put("cleared", params.cleared(filter.list()));
		return links;
	}

	private InboxView.Options options(Viewer viewer) {
		Locale locale = LocaleContextHolder.getLocale();
		Map<String, String> types = new LinkedHashMap<>();
		for (CaseType type : CaseType.values()) {
			types.put(type.name(), labels.type(type));
		}
		Map<String, String> procedures = new LinkedHashMap<>();
		InboxLabels.PROCEDURES.forEach(code -> procedures.put(code, labels.procedure(code)));
		Map<String, String> channels = new LinkedHashMap<>();
		InboxLabels.CHANNELS.forEach(code -> channels.put(code, labels.channel(code)));
		Map<String, String> statuses = new LinkedHashMap<>();
		InboxLabels.STATUSES.forEach(code -> statuses.put(code, labels.status(code)));
		Map<String, String> stepNames = new LinkedHashMap<>();
		steps.all().forEach(step -> stepNames.put(step.key(), labels.step(step.key(), step.name())));
		Map<String, String> units = new LinkedHashMap<>();
		OrgSnapshot org = directory.snapshot();
		if (viewer.units().size() <= 500) {
			for (String code : viewer.units()) {
				if (org.hasUnit(code)) {
					units.put(code, org.unit(code).getName());
				}
			}
		}
		return new InboxView.Options(types, procedures, channels, statuses, stepNames, units, locale.getLanguage());
	}

	/** People the bulk action can give tasks to: the viewer's colleagues and those of the units they see. */
	private Map<String, List<Officer>> colleagues(Viewer viewer) {
		Map<String, List<Officer>> byUnit = new LinkedHashMap<>();
		if (viewer.homeUnit() == null || viewer.units().size() > 500) {
			return byUnit;
		}
		OrgSnapshot org = directory.snapshot();
		Set<String> added = new LinkedHashSet<>();
		List<String> units = new ArrayList<>();
		units.add(viewer.homeUnit());
		units.addAll(viewer.units());
		for (String code : units) {
			if (!org.hasUnit(code)) {
				continue;
			}
			for (Officer officer : org.officersOf(code)) {
				if (added.add(officer.getUsername())) {
					byUnit.computeIfAbsent(org.unit(code).getName(), name -> new ArrayList<>()).add(officer);
				}
			}
		}
		for (Map.Entry<Unit, List<Officer>> entry : assignees.eligible(viewer.homeUnit()).entrySet()) {
			for (Officer officer : entry.getValue()) {
				if (added.add(officer.getUsername())) {
					byUnit.computeIfAbsent(entry.getKey().getName(), name -> new ArrayList<>()).add(officer);
				}
			}
		}
		return byUnit;
	}

	/** The poll of the counts, as often as the workspace refreshes. */
	private String trigger() {
		return "every " + workspace.refreshEvery().toMillis() + "ms";
	}

	private String message(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

	/** Only ever a page of the inbox or a task, so a form cannot send anyone elsewhere. */
	static String local(String back) {
		if (back == null || back.length() > 2000 || !(back.startsWith("/inbox") || back.startsWith("/tasks/"))
				|| back.contains("\\") || back.contains("\r") || back.contains("\n") || back.startsWith("//")) {
			return "/inbox";
		}
		return back;
	}

}
