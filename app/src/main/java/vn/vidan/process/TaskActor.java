package vn.vidan.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who completes a user task: the signed-in person, else the user Camunda's engine acts for, else the task's assignee,
 * else {@code fallback} (a job, a test).
 */
public final class TaskActor {

	private TaskActor() {
	}

	public static String of(DelegateTask task, String fallback) {
		org.springframework.security.core.Authentication current = SecurityContextHolder.getContext()
			.getAuthentication();
		if (current != null && current.isAuthenticated() && !(current instanceof AnonymousAuthenticationToken)) {
			return current.getName();
		}
		Authentication engineUser = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
		if (engineUser != null && engineUser.getUserId() != null) {
			return engineUser.getUserId();
		}
		return task.getAssignee() == null ? fallback : task.getAssignee();
	}

}
