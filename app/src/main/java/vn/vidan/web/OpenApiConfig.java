package vn.vidan.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The API description at {@code /v3/api-docs} and {@code /swagger-ui.html}. */
@Configuration
class OpenApiConfig {

	@Bean
	OpenAPI vidanApi() {
		return new OpenAPI()
			.info(new Info().title("Vidan API")
				.version("0.1")
				.description("Case management for commune and ward police. Errors are application/problem+json. "
						+ "Camunda's own REST API is at /engine-rest."))
			.components(new Components().addSecuritySchemes("basic",
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
			.addSecurityItem(new SecurityRequirement().addList("basic"));
	}

}
