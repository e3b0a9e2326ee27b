package vn.vidan.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OperationCustomizer;
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

	/** Documents the {@code Idempotency-Key} header on the endpoints that take it. */
	@Bean
	OperationCustomizer idempotencyKeyHeader() {
		return (operation, handler) -> {
			if (handler.hasMethodAnnotation(Idempotent.class)) {
				operation.addParametersItem(new HeaderParameter().name(Idempotent.HEADER)
					.required(false)
					.description("A new random key (a UUID) per request. A retry with the same key and body gets the "
							+ "first answer again (header " + Idempotent.REPLAYED + ": true); the same key with another "
							+ "body is a 422; while the first is still running, a 409 with Retry-After.")
					.schema(new StringSchema().minLength(1).maxLength(IdempotencyFilter.MAX_KEY_LENGTH)));
			}
			return operation;
		};
	}

}
