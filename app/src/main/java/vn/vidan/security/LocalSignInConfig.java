package vn.vidan.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/** Without Keycloak: HTTP Basic for APIs and Vidan's sign-in page for browsers, against local accounts. */
@Configuration
@Profile("!keycloak")
class LocalSignInConfig {

	@Bean
	SecurityFilterChain localSignIn(HttpSecurity http, ProblemResponses problems) throws Exception {
		return SecurityConfig.common(http, problems, "/login")
			.httpBasic(basic -> basic.realmName("Vidan").authenticationEntryPoint(problems))
			// Vidan's own sign-in page (vn.vidan.workspace), in the person's language; then back to the page asked for,
			// else the workspace.
			.formLogin(form -> form.loginPage("/login")
				.defaultSuccessUrl("/", false)
				.failureHandler(new SignInFailures("/login?error")))
			.build();
	}

}
