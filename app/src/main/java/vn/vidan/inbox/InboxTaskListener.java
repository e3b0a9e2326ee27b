package vn.vidan.inbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import vn.vidan.process.TaskActor;
import vn.vidan.workspace.WorkspaceLocaleResolver;

/**
 * On every user task of every process (added by {@link InboxParseListener}): keeps the inbox's projection current in
 * the engine's transaction, and refuses an assignment to someone who cannot act on the task's unit, whatever path it
 * comes by (Tasklist, {@code /engine-rest}, Java). The assignee a model gives a task when it is created is the
 * routing's choice and passes.
 */
class InboxTaskListener implements TaskListener {

	static final List<String> EVENTS = List.of(EVENTNAME_CREATE, EVENTNAME_ASSIGNMENT, EVENTNAME_UPDATE,
			EVENTNAME_COMPLETE, EVENTNAME_DELETE);

	/** The task being created on this thread with an assignee: its assignment event follows at once and passes. */
	private static final ThreadLocal<String> CREATING = new ThreadLocal<>();

	private final ObjectProvider<InboxProjection> projection;

	private final ObjectProvider<AssigneeScope> assignees;

	InboxTaskListener(ObjectProvider<InboxProjection> projection, ObjectProvider<AssigneeScope> assignees) {
		this.projection = projection;
		this.assignees = assignees;
	}

	@Override
	public void notify(DelegateTask task) {
		switch (task.getEventName()) {
			case EVENTNAME_CREATE -> {
				if (task.getAssignee() != null) {
					CREATING.set(task.getId());
				}
				projection.getObject().created(facts(task), actor());
			}
			case EVENTNAME_ASSIGNMENT -> {
				boolean creating = task.getId().equals(CREATING.get());
				CREATING.remove();
				if (!creating && task.getAssignee() != null) {
					guard(task);
				}
				projection.getObject().assigned(facts(task), actor());
			}
			case EVENTNAME_UPDATE -> projection.getObject().updated(facts(task));
			case EVENTNAME_COMPLETE -> projection.getObject().completed(facts(task), TaskActor.of(task, null));
			case EVENTNAME_DELETE -> projection.getObject().deleted(task.getId());
			default -> {
			}
		}
	}

	/** The backstop: nothing assigns a task to someone outside the task unit's scope. */
	private void guard(DelegateTask task) {
		InboxProjection rows = projection.getObject();
		String unit = rows.unitOfTask(task.getId()).orElseGet(() -> rows.unitOf(facts(task), Optional.empty()));
		assignees.getObject()
			.refusal(task.getAssignee(), unit, WorkspaceLocaleResolver.VIETNAMESE)
			.ifPresent(reason -> {
				throw new BadUserRequestException(reason);
			});
	}

	static TaskFacts facts(DelegateTask task) {
		Set<String> groups = new TreeSet<>();
		Set<String> users = new TreeSet<>();
		for (IdentityLink link : task.getCandidates()) {
			if (!IdentityLinkType.CANDIDATE.equals(link.getType())) {
				continue;
			}
			if (link.getGroupId() != null) {
				groups.add(link.getGroupId());
			}
			if (link.getUserId() != null) {
				users.add(link.getUserId());
			}
		}
		List<String> hints = new ArrayList<>();
		for (String variable : new String[] { "communeCode", "unitCode" }) {
			Object value = task.getVariable(variable);
			if (value instanceof String text) {
				hints.add(text);
			}
		}
		String businessKey = task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey();
		return new TaskFacts(task.getId(), task.getProcessInstanceId(),
				TaskFacts.processKey(task.getProcessDefinitionId()), task.getTaskDefinitionKey(), task.getName(),
				businessKey, task.getAssignee(), instant(task.getCreateTime()), instant(task.getDueDate()), groups, users,
				hints);
	}

	/** Who is acting: the signed-in person, or null for the engine itself (a timer, a job). */
	private static String actor() {
		Authentication current = SecurityContextHolder.getContext().getAuthentication();
		return current != null && current.isAuthenticated() && !(current instanceof AnonymousAuthenticationToken)
				? current.getName() : null;
	}

	private static Instant instant(Date date) {
		return date == null ? null : date.toInstant();
	}

}
