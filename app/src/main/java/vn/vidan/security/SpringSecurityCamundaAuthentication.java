package vn.vidan.security;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import vn.vidan.process.CamundaGroups;

/**
 * Tells Camunda's REST API and webapps who Spring Security signed in. With a Keycloak token the Camunda groups come
 * from the token (its {@code units}, plus {@code vidan-users}, plus {@code camunda-admin} for the admin role and
 * {@code vidan-process-designers} for the process designer role); with a
 * local account Camunda looks them up in its identity tables, which the directory sync fills.
 */
public class SpringSecurityCamundaAuthentication implements AuthenticationProvider {

	@Override
	public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			return AuthenticationResult.unsuccessful();
		}
		AuthenticationResult result = AuthenticationResult.successful(authentication.getName());
		List<String> groups = new ArrayList<>();
		boolean administrator = false;
		boolean designer = false;
		for (GrantedAuthority authority : authentication.getAuthorities()) {
			String name = authority.getAuthority();
			if (name.startsWith(KeycloakSignInConfig.GROUP_PREFIX)) {
				groups.add(name.substring(KeycloakSignInConfig.GROUP_PREFIX.length()));
			}
			administrator |= name.equals("ROLE_ADMIN");
			designer |= name.equals("ROLE_PROCESS_DESIGNER");
		}
		boolean signedInWithToken = authentication instanceof JwtAuthenticationToken
				|| authentication instanceof OAuth2AuthenticationToken;
		if (signedInWithToken) {
			groups.add(CamundaGroups.EVERYONE);
			if (administrator) {
				groups.add(Groups.CAMUNDA_ADMIN);
			}
			if (designer) {
				groups.add(CamundaGroups.PROCESS_DESIGNERS);
			}
			result.setGroups(groups);
		}
		return result;
	}

	@Override
	public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
		// Spring Security has already answered 401 with its own challenge.
	}

}
