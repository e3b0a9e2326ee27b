package vn.vidan.workspace.task;

import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import vn.vidan.process.CamundaMemberships;

/**
 * Runs engine calls as the signed-in officer: Camunda's authorization applies to them, and history and the operation
 * log name the officer, as when they act through Tasklist. The officer's groups are their Camunda groups (kept by the
 * directory sync, from {@link CamundaMemberships}). The authentication is cleared afterwards, whatever happens.
 */
@Component
class OfficerSession {

	private final IdentityService identity;

	private final CamundaMemberships memberships;

	OfficerSession(IdentityService identity, CamundaMemberships memberships) {
		this.identity = identity;
		this.memberships = memberships;
	}

	<T> T as(Authentication officer, Supplier<T> work) {
		identity.setAuthentication(officer.getName(), memberships.groups(officer.getName()));
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
