package vn.vidan.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/** Without Keycloak: HTTP Basic for APIs and a login form for pages, against local accounts. */
@Configuration
@Profile("!keycloak")
class LocalSignInConfig {

	@Bean
	SecurityFilterChain localSignIn(HttpSecurity http, ObjectMapper json) throws Exception {
		return SecurityConfig.common(http, json, "/login")
			.httpBasic(basic -> basic.realmName("Vidan").authenticationEntryPoint(new ProblemResponses(json)))
			.formLogin(form -> form.defaultSuccessUrl("/camunda/app/tasklist/", false))
			.build();
	}

}
