package vn.vidan.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The hardening headers of every answer: a Content-Security-Policy that lets pages run only Vidan's own scripts
 * (there are no inline ones; styles may be inline, for bpmn-js and the SLA bars), never be framed, and load nothing
 * from elsewhere; no MIME sniffing; the referrer only within Vidan; no camera, microphone or location. Swagger UI
 * lives within the same policy. The Camunda webapps ({@code /camunda/}) send their own policy (nonce-based, see
 * {@code camunda.bpm.webapp.header-security}), and a response that set its own (a stored file, sandboxed) or is a PDF
 * (Chromium's viewer runs under the document's policy) keeps it. Headers already set are left alone.
 */
public final class SecurityHeaders {

	public static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	public static final String PERMISSIONS = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
			+ "interest-cohort=()";

	private SecurityHeaders() {
	}

	/** Sets what is not set yet; call it before the response is committed. */
	public static void write(HttpServletRequest request, HttpServletResponse response) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		String type = response.getContentType();
		boolean pdf = type != null && type.startsWith("application/pdf");
		if (!path.startsWith("/camunda/") && !pdf) {
			setIfAbsent(response, "Content-Security-Policy", POLICY);
		}
		setIfAbsent(response, "X-Content-Type-Options", "nosniff");
		setIfAbsent(response, "X-Frame-Options", "DENY");
		setIfAbsent(response, "Referrer-Policy", "same-origin");
		setIfAbsent(response, "Permissions-Policy", PERMISSIONS);
	}

	private static void setIfAbsent(HttpServletResponse response, String name, String value) {
		if (!response.containsHeader(name)) {
			response.setHeader(name, value);
		}
	}

}
