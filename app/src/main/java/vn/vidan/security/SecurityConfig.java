package vn.vidan.security;

import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may call what. {@code /api/public/**}, health and the API docs are open; everything else, including
 * {@code /engine-rest} and the Camunda webapps, needs a signed-in person. APIs answer 401 as problem+json; pages send
 * the browser to the login form. Camunda's REST API and webapps then take the user from Spring Security.
 */
@Configuration
@EnableMethodSecurity
class SecurityConfig {

	private static final String PROVIDER = ContainerBasedAuthenticationProvider.class.getName();

	@Bean
	SecurityFilterChain web(HttpSecurity http, ObjectMapper json) throws Exception {
		ProblemResponses problems = new ProblemResponses(json);
		PathPatternRequestMatcher.Builder path = PathPatternRequestMatcher.withDefaults();
		RequestMatcher apis = new OrRequestMatcher(path.matcher("/api/**"), path.matcher("/engine-rest/**"),
				path.matcher("/actuator/**"));
		http.authorizeHttpRequests(requests -> requests
			.requestMatchers("/api/public/**", "/actuator/health", "/actuator/health/**", "/actuator/info",
					"/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**", "/login", "/error",
					"/favicon.ico")
			.permitAll()
			.requestMatchers("/actuator/**")
			.hasRole("ADMIN")
			.anyRequest()
			.authenticated())
			.httpBasic(basic -> basic.realmName("Vidan").authenticationEntryPoint(problems))
			.formLogin(form -> form.defaultSuccessUrl("/camunda/app/tasklist/", false))
			.logout(logout -> logout.logoutSuccessUrl("/login?logout"))
			// After the login form, return to the page asked for: never to an API call or the browser's icon fetch.
			.requestCache(cache -> cache.requestCache(pagesOnly(apis, path.matcher("/favicon.ico"))))
			.exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(problems, apis)
				.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
						request -> true)
				.defaultAccessDeniedHandlerFor(problems, apis))
			// The APIs take credentials on every call, and the Camunda webapps carry their own CSRF protection.
			.csrf(csrf -> csrf.ignoringRequestMatchers(apis, path.matcher("/camunda/**")));
		return http.build();
	}

	private static HttpSessionRequestCache pagesOnly(RequestMatcher... notPages) {
		HttpSessionRequestCache cache = new HttpSessionRequestCache();
		cache.setRequestMatcher(new NegatedRequestMatcher(new OrRequestMatcher(notPages)));
		return cache;
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	/** Camunda's REST API acts as the person Spring Security signed in, with their Camunda groups. */
	@Bean
	FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
		FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration = new FilterRegistrationBean<>(
				new ProcessEngineAuthenticationFilter());
		registration.setName("vidan-engine-rest-authentication");
		registration.setInitParameters(Map.of("authentication-provider", PROVIDER));
		registration.addUrlPatterns("/engine-rest/*");
		return registration;
	}

	/** The Camunda webapps (Tasklist, Cockpit, Admin) act as the person Spring Security signed in. */
	@Bean
	FilterRegistrationBean<ContainerBasedAuthenticationFilter> webappAuthentication() {
		FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration = new FilterRegistrationBean<>(
				new ContainerBasedAuthenticationFilter());
		registration.setName("vidan-webapp-authentication");
		registration.setInitParameters(Map.of("authentication-provider", PROVIDER));
		registration.addUrlPatterns("/camunda/app/*", "/camunda/api/*");
		return registration;
	}

}
