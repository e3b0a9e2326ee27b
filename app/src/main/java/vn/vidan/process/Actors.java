package vn.vidan.process;

import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Who makes a case move right now, for its history: the person signed in to Vidan (Spring Security), else the user
 * Camunda's engine acts for ({@link IdentityService#getCurrentAuthentication()}: its REST API, Tasklist, or code that
 * set it). Delegates that run synchronously inside an officer's task completion see that officer; only timers and
 * other jobs run for nobody.
 */
@Component
public class Actors {

	private final IdentityService identity;

	Actors(IdentityService identity) {
		this.identity = identity;
	}

	/** The signed-in person's user name, if anyone is signed in. */
	public Optional<String> signedIn() {
		org.springframework.security.core.Authentication user = SecurityContextHolder.getContext().getAuthentication();
		if (user != null && user.isAuthenticated() && !(user instanceof AnonymousAuthenticationToken)) {
			return Optional.of(user.getName());
		}
		Authentication engineUser = identity.getCurrentAuthentication();
		return engineUser == null || engineUser.getUserId() == null ? Optional.empty()
				: Optional.of(engineUser.getUserId());
	}

	/**
	 * The signed-in person; else {@code anonymous} when a web request nobody signed in to caused it (a resident on the
	 * public portal); else {@code job} (a timer, the job executor).
	 */
	public String current(String anonymous, String job) {
		return signedIn().orElseGet(() -> RequestContextHolder.getRequestAttributes() != null ? anonymous : job);
	}

}
