package vn.vidan.web;

import java.util.Set;
import java.util.stream.Collectors;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandler;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.impl.CamundaRestResources;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * Camunda's REST API as the starter sets it up, except that a database that cannot be reached is a 503 problem with
 * {@code Retry-After} ({@link DatabaseUnavailable}) instead of Camunda's 500. Camunda's two catch-all exception
 * mappers (for {@link Throwable} and {@link ProcessEngineException}) are replaced by ones that answer that case and hand
 * every other failure to Camunda's own, unchanged.
 */
@Component
@ApplicationPath("/engine-rest")
class EngineRestConfig extends CamundaJerseyResourceConfig {

	private static final Set<Class<?>> REPLACED = Set.of(ExceptionHandler.class, ProcessEngineExceptionHandler.class);

	private final Unavailable unavailable;

	EngineRestConfig(ProblemMessages problems, ObjectMapper json) {
		this.unavailable = new Unavailable(problems, json);
	}

	@Override
	protected void registerCamundaRestResources() {
		registerClasses(CamundaRestResources.getResourceClasses());
		registerClasses(CamundaRestResources.getConfigurationClasses()
			.stream()
			.filter(type -> !REPLACED.contains(type))
			.collect(Collectors.toSet()));
		register(org.glassfish.jersey.jackson.JacksonFeature.class);
		register(new Failures(unavailable));
		register(new EngineFailures(unavailable));
	}

	/** The 503 problem, written with the app's own JSON settings (Camunda's mapper knows no problem documents). */
	private record Unavailable(ProblemMessages problems, ObjectMapper json) {

		private static final Logger log = LoggerFactory.getLogger(EngineRestConfig.class);

		Response answer(Throwable failure) {
			log.warn("Database unavailable: {}", failure.toString());
			ProblemDetail body = problems.body(DatabaseUnavailable.problem());
			try {
				return Response.status(Response.Status.SERVICE_UNAVAILABLE)
					.type(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE)
					.header(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.RETRY_AFTER_SECONDS)
					.header(HttpHeaders.CONTENT_LANGUAGE, ProblemMessages.locale().toLanguageTag())
					.entity(json.writeValueAsBytes(body))
					.build();
			}
			catch (JsonProcessingException e) {
				throw new IllegalStateException(e);
			}
		}

	}

	/** Any failure: Camunda's answer, unless the database is out of reach. */
	private static final class Failures implements ExceptionMapper<Throwable> {

		private final Unavailable unavailable;

		private final ExceptionHandler camunda = new ExceptionHandler();

		Failures(Unavailable unavailable) {
			this.unavailable = unavailable;
		}

		@Override
		public Response toResponse(Throwable failure) {
			return DatabaseUnavailable.causedBy(failure) ? unavailable.answer(failure) : camunda.toResponse(failure);
		}

	}

	/** The engine's failures: Camunda's answer, unless the database is out of reach. */
	private static final class EngineFailures implements ExceptionMapper<ProcessEngineException> {

		private final Unavailable unavailable;

		private final ProcessEngineExceptionHandler camunda = new ProcessEngineExceptionHandler();

		EngineFailures(Unavailable unavailable) {
			this.unavailable = unavailable;
		}

		@Override
		public Response toResponse(ProcessEngineException failure) {
			return DatabaseUnavailable.causedBy(failure) ? unavailable.answer(failure) : camunda.toResponse(failure);
		}

	}

}
