package vn.vidan.org;

import java.time.Instant;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens a commune's work to a seconded officer and closes it again: while granted, the officer is a member of the
 * commune's Camunda group (its inbox and Tasklist filter) and the commune is in the officer's {@link UnitScope}. The
 * secondment process grants at arrival and revokes at the end of the term, by its timer, or at an early end.
 */
@Service
public class SecondmentGrants {

	private final SecondmentGrantRepository grants;

	private final OfficerRepository officers;

	private final UnitRepository units;

	private final ApplicationEventPublisher events;

	SecondmentGrants(SecondmentGrantRepository grants, OfficerRepository officers, UnitRepository units,
			ApplicationEventPublisher events) {
		this.grants = grants;
		this.officers = officers;
		this.units = units;
		this.events = events;
	}

	@Transactional
	public void grant(String username, String unitCode, String waveCode, Instant from, Instant until) {
		if (!officers.existsById(username) || !units.existsById(unitCode)) {
			throw new IllegalArgumentException("No officer " + username + " or no unit " + unitCode);
		}
		if (grants.findByUsernameAndUnitCodeAndWaveCodeAndRevokedAtIsNull(username, unitCode, waveCode).isEmpty()) {
			grants.save(new SecondmentGrant(UUID.randomUUID().toString(), username, unitCode, waveCode, from, until));
			events.publishEvent(new DirectoryChanged());
		}
	}

	@Transactional
	public void revoke(String username, String unitCode, String waveCode, Instant at) {
		var open = grants.findByUsernameAndUnitCodeAndWaveCodeAndRevokedAtIsNull(username, unitCode, waveCode);
		open.forEach(grant -> grant.revoke(at));
		if (!open.isEmpty()) {
			grants.flush();
			events.publishEvent(new DirectoryChanged());
		}
	}

}
