package vn.vidan.security;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import vn.vidan.process.CamundaGroups;
import vn.vidan.process.CamundaMemberships;
import vn.vidan.process.CamundaMemberships.Implied;

/**
 * Tells Camunda's REST API and webapps who Spring Security signed in. With a Keycloak token the Camunda groups come
 * from the token (its {@code units}, plus {@code vidan-users}, plus {@code camunda-admin} for the admin role and
 * {@code vidan-process-designers} for the process designer role); with a local account they are the person's
 * memberships in Camunda's identity tables, which the directory sync fills. Tenants are always the memberships'.
 * Both come from {@link CamundaMemberships}, so Camunda's filter looks nothing up itself.
 */
class SpringSecurityCamundaAuthentication implements AuthenticationProvider {

	private final CamundaMemberships memberships;

	SpringSecurityCamundaAuthentication(CamundaMemberships memberships) {
		this.memberships = memberships;
	}

	@Override
	public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			return AuthenticationResult.unsuccessful();
		}
		String username = authentication.getName();
		AuthenticationResult result = AuthenticationResult.successful(username);
		boolean signedInWithToken = authentication instanceof JwtAuthenticationToken
				|| authentication instanceof OAuth2AuthenticationToken;
		if (signedInWithToken) {
			List<String> groups = new ArrayList<>(memberships.implied(authentication, Implied.TOKEN_GROUPS));
			groups.add(CamundaGroups.EVERYONE);
			groups.addAll(memberships.implied(authentication, Implied.ADMINISTRATOR, Implied.PROCESS_DESIGNER));
			result.setGroups(groups);
		}
		else {
			result.setGroups(memberships.groups(username));
		}
		result.setTenants(memberships.tenants(username));
		return result;
	}

	@Override
	public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
		// Spring Security has already answered 401 with its own challenge.
	}

}
