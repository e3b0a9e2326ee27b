package vn.vidan.security;

import java.time.Clock;
import java.time.Duration;

import jakarta.servlet.FilterConfig;

import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RegexRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import vn.vidan.process.CamundaMemberships;
import vn.vidan.web.SecurityHeaders;

/**
 * Who may call what, whichever way people sign in. {@code /api/public/**}, health and the API docs are open;
 * everything else, including {@code /engine-rest} and the Camunda webapps, needs a signed-in person; the instance
 * counts of every unit are for administrators and auditors; auditors never write ({@link ReadOnlyAuditors}). APIs answer
 * 401/403 as problem+json; pages send the browser to sign in. Camunda's REST API and webapps then act as the person
 * Spring Security signed in ({@link SpringSecurityCamundaAuthentication}).
 */
@Configuration
@EnableMethodSecurity
class SecurityConfig {

	static final PathPatternRequestMatcher.Builder PATH = PathPatternRequestMatcher.withDefaults();

	/**
	 * Instance counts per process definition, across every unit (Camunda's process-definition statistics, on the REST
	 * API and in Cockpit): for administrators, auditors and process designers, never for the officers of one unit.
	 */
	static final RequestMatcher STATISTICS = RegexRequestMatcher.regexMatcher(
			"(?:/engine-rest(?:/engine/[^/]+)?|/camunda/api/engine/engine/[^/]+|/camunda/api/cockpit/plugin/[^/]+/[^/]+)/.*statistics.*");

	static final RequestMatcher APIS = new OrRequestMatcher(PATH.matcher("/api/**"), PATH.matcher("/engine-rest/**"),
			PATH.matcher("/actuator/**"));

	/** The rules both sign-in modes share; {@code signInPage} is where a browser goes to sign in. */
	static HttpSecurity common(HttpSecurity http, ProblemResponses problems, String signInPage) throws Exception {
		return http.authorizeHttpRequests(requests -> requests
			.requestMatchers("/api/public/**", "/actuator/health", "/actuator/health/**", "/actuator/info",
					"/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**", "/login", "/login/**",
					"/oauth2/**", "/error", "/favicon.ico", "/webjars/**", "/css/**", "/js/**", "/vendor/**",
					"/language")
			.permitAll()
			.requestMatchers("/actuator/**")
			.hasRole("ADMIN")
			.requestMatchers(STATISTICS)
			.hasAnyRole("ADMIN", "AUDITOR", "PROCESS_DESIGNER")
			.anyRequest()
			.authenticated())
			.logout(logout -> logout.logoutSuccessUrl("/login?logout"))
			// CSP and the other hardening headers on every answer, pages and APIs alike (vn.vidan.web.SecurityHeaders).
			.headers(headers -> headers.addHeaderWriter(SecurityHeaders::write))
			// After signing in, return to the page asked for: never to an API call or the browser's icon fetch.
			.requestCache(cache -> cache.requestCache(pagesOnly(APIS, PATH.matcher("/favicon.ico"))))
			.exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(problems, APIS)
				.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint(signInPage), request -> true)
				.defaultAccessDeniedHandlerFor(problems, APIS))
			// The APIs take credentials on every call, and the Camunda webapps carry their own CSRF protection.
			.csrf(csrf -> csrf.ignoringRequestMatchers(APIS, PATH.matcher("/camunda/**")))
			.addFilterAfter(new ReadOnlyAuditors(), AuthorizationFilter.class);
	}

	private static HttpSessionRequestCache pagesOnly(RequestMatcher... notPages) {
		HttpSessionRequestCache cache = new HttpSessionRequestCache();
		cache.setRequestMatcher(new NegatedRequestMatcher(new OrRequestMatcher(notPages)));
		return cache;
	}

	/**
	 * BCrypt (through Spring's delegating encoder), with each match remembered for {@code vidan.sign-in.remember-match}
	 * under an HMAC ({@link VerifiedPasswords}): HTTP Basic scripts pay for the hash once, not on every call.
	 */
	@Bean
	PasswordEncoder passwordEncoder(@Value("${vidan.sign-in.remember-match:PT2M}") Duration rememberMatch) {
		return new VerifiedPasswords(PasswordEncoderFactories.createDelegatingPasswordEncoder(), rememberMatch, 10_000,
				Clock.systemUTC());
	}

	/**
	 * No observations of Spring Security's filters: one per filter of its chain on every call, read by no tracer here,
	 * each costing CPU. The {@code http.server.requests} metrics still time every call.
	 */
	@Bean
	SecurityObservationSettings securityObservations() {
		return SecurityObservationSettings.noObservations();
	}

	/** Camunda's REST API acts as the signed-in person, with their Camunda groups. */
	@Bean
	FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication(CamundaMemberships memberships) {
		AuthenticationProvider provider = new SpringSecurityCamundaAuthentication(memberships);
		// The filter would make its own provider by name; this one holds the remembered groups.
		FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration = new FilterRegistrationBean<>(
				new ProcessEngineAuthenticationFilter() {

					@Override
					public void init(FilterConfig config) {
						authenticationProvider = provider;
					}

				});
		registration.setName("vidan-engine-rest-authentication");
		registration.addUrlPatterns("/engine-rest/*");
		return registration;
	}

	/** The Camunda webapps (Tasklist, Cockpit, Admin) act as the signed-in person. */
	@Bean
	FilterRegistrationBean<ContainerBasedAuthenticationFilter> webappAuthentication(CamundaMemberships memberships) {
		AuthenticationProvider provider = new SpringSecurityCamundaAuthentication(memberships);
		FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration = new FilterRegistrationBean<>(
				new ContainerBasedAuthenticationFilter() {

					@Override
					public void init(FilterConfig config) {
						authenticationProvider = provider;
					}

				});
		registration.setName("vidan-webapp-authentication");
		registration.addUrlPatterns("/camunda/app/*", "/camunda/api/*");
		return registration;
	}

}
