package vn.vidan.workspace.task;

import java.util.List;
import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Runs engine calls as the signed-in officer: Camunda's authorization applies to them, and history and the operation
 * log name the officer, as when they act through Tasklist. The officer's groups are their Camunda groups (kept by the
 * directory sync). The authentication is cleared afterwards, whatever happens.
 */
@Component
class OfficerSession {

	private final IdentityService identity;

	OfficerSession(IdentityService identity) {
		this.identity = identity;
	}

	<T> T as(Authentication officer, Supplier<T> work) {
		List<String> groups = identity.createGroupQuery()
			.groupMember(officer.getName())
			.list()
			.stream()
			.map(Group::getId)
			.toList();
		identity.setAuthentication(officer.getName(), groups);
		try {
			return work.get();
		}
		finally {
			identity.clearAuthentication();
		}
	}

	void run(Authentication officer, Runnable work) {
		as(officer, () -> {
			work.run();
			return null;
		});
	}

}
