package vn.vidan.design;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.rest.dto.repository.DeploymentWithDefinitionsDto;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import vn.vidan.process.DeploymentRules.Problem;
import vn.vidan.web.ProblemException;
import vn.vidan.web.ProblemMessages;

/**
 * Camunda Modeler deploys with {@code POST <endpoint>/deployment/create}, the engine REST API's own call, and designers
 * point Modeler at {@code /engine-rest}. This servlet is mapped to that one exact path (an exact mapping wins over the
 * engine API's {@code /engine-rest/*}; Spring Security has signed the caller in before it), takes what Modeler sends
 * ({@code deployment-name}, {@code deployment-source}, {@code deploy-changed-only} and one part per file), and answers
 * as the engine API does, because Modeler reads those answers: the deployment with its definitions, or a
 * {@code ParseException} whose {@code details} list every problem by file and element, worded in the caller's
 * language (Vietnamese by default). Process designers and administrators only.
 */
class ModelerDeployServlet extends HttpServlet {

	static final String ENGINE_PATH = "/engine-rest/deployment/create";

	private final transient ModelerDeployments deployments;

	private final transient ProblemMessages messages;

	private final transient ObjectMapper json;

	ModelerDeployServlet(ModelerDeployments deployments, ProblemMessages messages, ObjectMapper json) {
		this.deployments = deployments;
		this.messages = messages;
		this.json = json;
	}

	@Configuration(proxyBeanMethods = false)
	static class Registration {

		@Bean
		ServletRegistrationBean<ModelerDeployServlet> modelerDeployment(ModelerDeployments deployments,
				ProblemMessages messages, ObjectMapper json, MultipartConfigElement multipart) {
			ServletRegistrationBean<ModelerDeployServlet> registration = new ServletRegistrationBean<>(
					new ModelerDeployServlet(deployments, messages, json), ENGINE_PATH);
			registration.setName("vidan-modeler-deployment");
			registration.setMultipartConfig(multipart);
			return registration;
		}

	}

	@Override
	protected void doPost(HttpServletRequest request, HttpServletResponse response)
			throws ServletException, IOException {
		try {
			Authentication designer = SecurityContextHolder.getContext().getAuthentication();
			if (designer == null || designer.getAuthorities()
				.stream()
				.noneMatch(authority -> authority.getAuthority().equals("ROLE_PROCESS_DESIGNER")
						|| authority.getAuthority().equals("ROLE_ADMIN"))) {
				throw new ProblemException(HttpStatus.FORBIDDEN, "design.notAllowed");
			}
			ModelerDeployments.Request deployment = read(request);
			write(response, HttpStatus.OK,
					DeploymentWithDefinitionsDto.fromDeployment(deployments.deploy(deployment, designer)));
		}
		catch (DeploymentRefused refused) {
			write(response, HttpStatus.BAD_REQUEST, refusal(refused.problems()));
		}
		catch (ProblemException problem) {
			messages.write(request, response, problem);
		}
	}

	private ModelerDeployments.Request read(HttpServletRequest request) throws IOException, ServletException {
		if (request.getContentType() == null
				|| !request.getContentType().toLowerCase().startsWith(MediaType.MULTIPART_FORM_DATA_VALUE)) {
			throw new ProblemException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "design.notMultipart");
		}
		Map<String, byte[]> resources = new LinkedHashMap<>();
		String name = null;
		String source = null;
		boolean changedOnly = false;
		for (Part part : parts(request)) {
			String file = part.getSubmittedFileName();
			if (file == null) {
				String value = new String(part.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
				switch (part.getName()) {
					case "deployment-name" -> name = value;
					case "deployment-source" -> source = value;
					case "deploy-changed-only" -> changedOnly = Boolean.parseBoolean(value.trim());
					default -> {
						// tenant-id, deployment-activation-time: Vidan has one tenant and deploys at once
					}
				}
			}
			else if (resources.putIfAbsent(file.isBlank() ? part.getName() : file,
					part.getInputStream().readAllBytes()) != null) {
				throw new ProblemException(HttpStatus.BAD_REQUEST, "design.duplicateResource", file);
			}
		}
		if (resources.isEmpty()) {
			throw new ProblemException(HttpStatus.BAD_REQUEST, "design.noResources");
		}
		return new ModelerDeployments.Request(text(name, "modeler"), text(source, "Camunda Modeler"), changedOnly,
				resources);
	}

	private static Iterable<Part> parts(HttpServletRequest request) throws IOException, ServletException {
		try {
			return request.getParts();
		}
		catch (IllegalStateException tooLarge) {
			throw new ProblemException(HttpStatus.PAYLOAD_TOO_LARGE, "design.tooLarge");
		}
		catch (ServletException | IOException notMultipart) {
			throw new ProblemException(HttpStatus.BAD_REQUEST, "design.notMultipart");
		}
	}

	/** The engine REST API's answer to a model it cannot deploy, which Modeler lists problem by problem. */
	private Map<String, Object> refusal(List<Problem> problems) {
		Map<String, Object> details = new LinkedHashMap<>();
		List<String> sentences = new ArrayList<>();
		for (Problem problem : problems) {
			String sentence = messages.text(new DefaultMessageSourceResolvable(
					new String[] { "design.rule." + problem.rule() }, problem.args().toArray()));
			sentences.add((problem.elementId() == null ? problem.resource() : problem.elementId()) + ": " + sentence);
			@SuppressWarnings("unchecked")
			List<Object> errors = (List<Object>) ((Map<String, Object>) details.computeIfAbsent(problem.resource(),
					resource -> new LinkedHashMap<>(Map.of("errors", new ArrayList<>(), "warnings", List.of()))))
				.get("errors");
			Map<String, Object> error = new LinkedHashMap<>();
			error.put("message", sentence);
			error.put("line", 0);
			error.put("column", 0);
			error.put("mainElementId", problem.elementId());
			error.put("elementIds", problem.elementId() == null ? List.of() : List.of(problem.elementId()));
			error.put("rule", problem.rule());
			errors.add(error);
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", "ParseException");
		body.put("message", messages.text(new DefaultMessageSourceResolvable(new String[] { "design.refused" },
				new Object[] { problems.size() })) + " "
				+ String.join(" | ", sentences));
		body.put("details", details);
		return body;
	}

	private void write(HttpServletResponse response, HttpStatus status, Object body) throws IOException {
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.setHeader("Content-Language", ProblemMessages.locale().toLanguageTag());
		json.writeValue(response.getOutputStream(), body);
	}

	private static String text(String value, String otherwise) {
		return value == null || value.isBlank() ? otherwise : value.trim();
	}

}
