package vn.vidan.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;

import vn.vidan.process.CamundaGroups;

/**
 * With Keycloak: browsers sign in by OIDC (authorization code with PKCE, public client), APIs take bearer tokens.
 * Realm roles ({@code roles} claim) become {@code ROLE_*} authorities, Camunda groups ({@code units} claim) become
 * {@code GROUP_*} authorities, and the user name is {@code preferred_username}, the directory's user name.
 */
@Configuration
@Profile("keycloak")
class KeycloakSignInConfig {

	static final String ROLES_CLAIM = "roles";

	static final String UNITS_CLAIM = "units";

	static final String GROUP_PREFIX = CamundaGroups.TOKEN_GROUP_PREFIX;

	@Bean
	SecurityFilterChain keycloakSignIn(HttpSecurity http, ProblemResponses problems) throws Exception {
		JwtAuthenticationConverter tokens = new JwtAuthenticationConverter();
		tokens.setPrincipalClaimName("preferred_username");
		tokens.setJwtGrantedAuthoritiesConverter(KeycloakSignInConfig::authorities);
		return SecurityConfig.common(http, problems, "/oauth2/authorization/keycloak")
			.oauth2Login(login -> login.defaultSuccessUrl("/", false)
				.userInfoEndpoint(userInfo -> userInfo.oidcUserService(oidcUsers())))
			.oauth2ResourceServer(server -> server.authenticationEntryPoint(problems)
				.jwt(jwt -> jwt.jwtAuthenticationConverter(tokens)))
			.build();
	}

	/**
	 * Tokens must come from the configured issuer and be within their lifetime, give or take
	 * {@code vidan.keycloak.clock-skew} for clocks that drift between Keycloak and the app nodes.
	 */
	@Bean
	JwtDecoder jwtDecoder(@Value("${vidan.keycloak.issuer}") String issuer,
			@Value("${vidan.keycloak.clock-skew:PT30S}") Duration clockSkew) {
		NimbusJwtDecoder decoder = JwtDecoders.fromIssuerLocation(issuer);
		decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(new JwtTimestampValidator(clockSkew),
				new JwtIssuerValidator(issuer)));
		return decoder;
	}

	private static Collection<GrantedAuthority> authorities(Jwt token) {
		return authorities(token.getClaimAsStringList(ROLES_CLAIM), token.getClaimAsStringList(UNITS_CLAIM));
	}

	static Collection<GrantedAuthority> authorities(List<String> roles, List<String> units) {
		List<GrantedAuthority> authorities = new ArrayList<>();
		if (roles != null) {
			roles.forEach(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role.toUpperCase())));
		}
		if (units != null) {
			units.forEach(unit -> authorities.add(new SimpleGrantedAuthority(GROUP_PREFIX + unit)));
		}
		return authorities;
	}

	/** Browser sign-in: the same authorities, read from the ID token. */
	private static OAuth2UserService<OidcUserRequest, OidcUser> oidcUsers() {
		OidcUserService delegate = new OidcUserService();
		return request -> {
			OidcUser user = delegate.loadUser(request);
			Set<GrantedAuthority> authorities = new HashSet<>(user.getAuthorities());
			authorities.addAll(authorities(user.getClaimAsStringList(ROLES_CLAIM), user.getClaimAsStringList(UNITS_CLAIM)));
			return new DefaultOidcUser(authorities, user.getIdToken(), user.getUserInfo(), "preferred_username");
		};
	}

}
