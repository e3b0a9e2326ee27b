package vn.vidan.inbox;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.camunda.bpm.engine.TaskService;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.vidan.web.ProblemException;
import vn.vidan.workspace.People;

/**
 * Claim, hand back and assign tasks, one or many at once, for any page. Each action is checked first against the
 * same rules as the lists (the person may see the task) and the unit scope (the new assignee can act on the task's
 * unit); a refusal says why in the person's language and changes nothing, and a batch is refused whole.
 */
@Service
public class InboxActions {

	/** The most tasks one bulk action takes. */
	public static final int BULK_LIMIT = 200;

	private final TaskService tasks;

	private final InboxQuery query;

	private final Viewers viewers;

	private final AssigneeScope assignees;

	private final MessageSource messages;

	private final People people;

	InboxActions(TaskService tasks, InboxQuery query, Viewers viewers, AssigneeScope assignees, MessageSource messages,
			People people) {
		this.tasks = tasks;
		this.query = query;
		this.viewers = viewers;
		this.assignees = assignees;
		this.messages = messages;
		this.people = people;
	}

	/** The signed-in person takes the task. */
	@Transactional
	public void claim(String taskId, Authentication user) {
		claimAll(List.of(taskId), user);
	}

	/** Takes every task, or none when any one of them may not be taken. Returns how many changed hands. */
	@Transactional
	public int claimAll(List<String> taskIds, Authentication user) {
		Viewer viewer = viewers.of(user);
		List<InboxRow> rows = rows(taskIds);
		List<String> problems = new ArrayList<>();
		for (InboxRow row : rows) {
			problem(viewer, row, viewer.username()).ifPresent(problems::add);
		}
		refuseIf(problems, "inbox.refused.claimTitle");
		int changed = 0;
		for (InboxRow row : rows) {
			if (!viewer.username().equals(row.assignee())) {
				tasks.claim(row.taskId(), viewer.username());
				changed++;
			}
		}
		return changed;
	}

	/** Gives one task to {@code assignee}. */
	@Transactional
	public void assign(String taskId, String assignee, Authentication user) {
		assignAll(List.of(taskId), assignee, user);
	}

	/** Gives every task to {@code assignee}, or none when any one may not go to them. Returns how many changed hands. */
	@Transactional
	public int assignAll(List<String> taskIds, String assignee, Authentication user) {
		Viewer viewer = viewers.of(user);
		String target = assignee == null ? "" : assignee.trim();
		if (target.isEmpty()) {
			throw ProblemException.worded(HttpStatus.BAD_REQUEST, message("inbox.refused.assignTitle"),
					message("inbox.refused.noAssignee"));
		}
		List<InboxRow> rows = rows(taskIds);
		List<String> problems = new ArrayList<>();
		for (InboxRow row : rows) {
			if (!row.open()) {
				problems.add(message("inbox.refused.closed", row.caseCode()));
			}
			else if (!viewer.username().equals(row.assignee()) && !query.visible(viewer, row.taskId())) {
				problems.add(message("inbox.refused.notYours", row.caseCode()));
			}
		}
		for (String unit : rows.stream().map(InboxRow::unitCode).distinct().toList()) {
			assignees.refusal(target, unit, locale()).ifPresent(problems::add);
		}
		refuseIf(problems, "inbox.refused.assignTitle");
		int changed = 0;
		for (InboxRow row : rows) {
			if (!target.equals(row.assignee())) {
				tasks.setAssignee(row.taskId(), target);
				changed++;
			}
		}
		return changed;
	}

	/** Hands a task back to its pool: its assignee, or a leader of its unit, may. */
	@Transactional
	public void unclaim(String taskId, Authentication user) {
		Viewer viewer = viewers.of(user);
		InboxRow row = rows(List.of(taskId)).get(0);
		if (!row.open()) {
			throw refused("inbox.refused.unclaimTitle", message("inbox.refused.closed", row.caseCode()));
		}
		boolean own = viewer.username().equals(row.assignee());
		if (!own && !(viewer.supervisor() && viewer.units().contains(row.unitCode()))) {
			throw ProblemException.worded(HttpStatus.FORBIDDEN, message("inbox.refused.unclaimTitle"),
					message("inbox.refused.notYours", row.caseCode()));
		}
		if (row.assignee() != null) {
			tasks.setAssignee(taskId, null);
		}
	}

	/** Why the viewer may not take this task, if they may not. */
	private Optional<String> problem(Viewer viewer, InboxRow row, String assignee) {
		if (!row.open()) {
			return Optional.of(message("inbox.refused.closed", row.caseCode()));
		}
		if (row.assignee() != null && !row.assignee().equals(assignee)) {
			return Optional.of(message("inbox.refused.taken", row.caseCode(), people.displayName(row.assignee())));
		}
		if (row.assignee() == null && !query.visible(viewer, row.taskId())) {
			return Optional.of(message("inbox.refused.notYours", row.caseCode()));
		}
		return assignees.refusal(assignee, row.unitCode(), locale());
	}

	private List<InboxRow> rows(List<String> taskIds) {
		List<String> ids = new ArrayList<>(new LinkedHashSet<>(taskIds == null ? List.of() : taskIds));
		if (ids.isEmpty()) {
			throw ProblemException.worded(HttpStatus.BAD_REQUEST, message("inbox.refused.nothingTitle"),
					message("inbox.refused.nothing"));
		}
		if (ids.size() > BULK_LIMIT) {
			throw ProblemException.worded(HttpStatus.BAD_REQUEST, message("inbox.refused.nothingTitle"),
					message("inbox.refused.tooMany", BULK_LIMIT));
		}
		List<InboxRow> rows = query.rows(ids);
		if (rows.size() < ids.size()) {
			throw ProblemException.worded(HttpStatus.NOT_FOUND, message("inbox.refused.goneTitle"),
					message("inbox.refused.gone"));
		}
		return rows;
	}

	private void refuseIf(List<String> problems, String title) {
		if (!problems.isEmpty()) {
			List<String> distinct = new ArrayList<>(new LinkedHashSet<>(problems));
			String detail = distinct.size() == 1 ? distinct.get(0)
					: message("inbox.refused.several", distinct.size()) + " " + String.join(" ", distinct.subList(0,
							Math.min(3, distinct.size())));
			throw refused(title, detail);
		}
	}

	private ProblemException refused(String title, String detail) {
		return ProblemException.worded(HttpStatus.FORBIDDEN, message(title), detail);
	}

	private String message(String key, Object... args) {
		return messages.getMessage(key, args, locale());
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

}
