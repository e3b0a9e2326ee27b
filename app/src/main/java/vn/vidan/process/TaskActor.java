package vn.vidan.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who completes a user task: the signed-in person, else the task's assignee, else {@code fallback} (a job, a test). */
public final class TaskActor {

	private TaskActor() {
	}

	public static String of(DelegateTask task, String fallback) {
		Authentication current = SecurityContextHolder.getContext().getAuthentication();
		if (current != null && current.isAuthenticated() && !(current instanceof AnonymousAuthenticationToken)) {
			return current.getName();
		}
		return task.getAssignee() == null ? fallback : task.getAssignee();
	}

}
