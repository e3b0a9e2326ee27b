package vn.vidan.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * One demo user signed in through the sign-in form, as a browser would (GET {@code /login} for the CSRF token, POST
 * {@code /login}), calling the APIs with the session cookie: HTTP Basic checks the BCrypt hash on every call (~50 ms of
 * CPU), too much for a load. After the app restarts the session is gone; a 401 signs in again and repeats the call
 * once (a 401 means nothing was done). For tests that run Vidan as its own process ({@link VidanProcess}).
 */
public final class VidanSession {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private static final ObjectMapper JSON = new ObjectMapper();

	private final Function<String, URI> app;

	private final String user;

	private HttpClient http;

	/** What came back: status, {@code Retry-After}, body. */
	public record Answer(int status, String retryAfter, String body) {

		public JsonNode json() {
			try {
				return JSON.readTree(body);
			}
			catch (IOException e) {
				throw new IllegalStateException("Not JSON (" + status + "): " + body, e);
			}
		}

		public boolean ok() {
			return status >= 200 && status < 300;
		}

	}

	public VidanSession(Function<String, URI> app, String user) {
		this.app = app;
		this.user = user;
	}

	public String user() {
		return user;
	}

	public synchronized void signIn() throws IOException, InterruptedException {
		HttpResponse<String> signedIn = trySignIn();
		String location = signedIn.headers().firstValue("Location").orElse("");
		if (signedIn.statusCode() != 302 || location.contains("error")) {
			throw new IOException("Sign-in of " + user + " refused (" + signedIn.statusCode() + " " + location + ")");
		}
	}

	/** Sends the sign-in form and returns what came back: a redirect when it worked. */
	public synchronized HttpResponse<String> trySignIn() throws IOException, InterruptedException {
		http = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.connectTimeout(Duration.ofSeconds(3))
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		HttpResponse<String> page = http.send(HttpRequest.newBuilder(app.apply("/login")).timeout(timeout()).build(),
				HttpResponse.BodyHandlers.ofString());
		Matcher token = CSRF.matcher(page.body());
		if (page.statusCode() != 200 || !token.find()) {
			throw new IOException("No sign-in page (" + page.statusCode() + ")");
		}
		String form = "username=" + encode(user) + "&password=" + encode("admin".equals(user) ? "admin" : "demo")
				+ "&_csrf=" + encode(token.group(1));
		return http.send(HttpRequest.newBuilder(app.apply("/login"))
			.timeout(timeout())
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	public Answer get(String path) throws IOException, InterruptedException {
		return send("GET", path, null);
	}

	public Answer post(String path, String json) throws IOException, InterruptedException {
		return send("POST", path, json);
	}

	public Answer put(String path, String json) throws IOException, InterruptedException {
		return send("PUT", path, json);
	}

	/** One call; signs in first if needed, and again once if the session was lost. */
	public Answer send(String method, String path, String json) throws IOException, InterruptedException {
		if (http == null) {
			signIn();
		}
		Answer answer = once(method, path, json);
		if (answer.status() == 401) {
			signIn();
			answer = once(method, path, json);
		}
		return answer;
	}

	private Answer once(String method, String path, String json) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(app.apply(path))
			.timeout(timeout())
			.header("Accept", "application/json, application/problem+json, text/html");
		if (json != null) {
			request.header("Content-Type", "application/json")
				.method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
		}
		else {
			request.method(method, HttpRequest.BodyPublishers.noBody());
		}
		HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		return new Answer(response.statusCode(), response.headers().firstValue("Retry-After").orElse(null),
				response.body());
	}

	private static Duration timeout() {
		return Duration.ofSeconds(30);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
