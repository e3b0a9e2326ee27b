package vn.vidan.web;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sends the fuzzer's requests as the demo users, each on a session of their own (one form sign-in each, instead of a
 * BCrypt check per call), with a client-side time limit so a request that hangs is a finding, not a stuck build.
 */
final class FuzzClient {

	static final String ANONYMOUS = "anonymous";

	static final Duration TIME_LIMIT = Duration.ofSeconds(10);

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private final String base;

	private final Map<String, HttpClient> sessions = new LinkedHashMap<>();

	FuzzClient(int port) {
		this.base = "http://localhost:" + port;
	}

	/** Signs {@code user} in through the sign-in page and keeps the session cookie for their requests. */
	void signIn(String user) {
		HttpClient client = newClient();
		if (!ANONYMOUS.equals(user)) {
			try {
				HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
						HttpResponse.BodyHandlers.ofString());
				Matcher token = CSRF.matcher(page.body());
				if (!token.find()) {
					throw new IllegalStateException("no CSRF token on the sign-in page");
				}
				String form = "username=" + encode(user) + "&password=" + encode("admin".equals(user) ? "admin" : "demo")
						+ "&_csrf=" + encode(token.group(1));
				HttpResponse<String> signedIn = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
					.header("Content-Type", "application/x-www-form-urlencoded")
					.POST(HttpRequest.BodyPublishers.ofString(form))
					.build(), HttpResponse.BodyHandlers.ofString());
				String location = signedIn.headers().firstValue("Location").orElse("");
				if (signedIn.statusCode() != 302 || location.contains("error")) {
					throw new IllegalStateException(user + " could not sign in: " + signedIn.statusCode() + " " + location);
				}
			}
			catch (IOException | InterruptedException e) {
				throw new IllegalStateException(user + " could not sign in", e);
			}
		}
		sessions.put(user, client);
	}

	/** The answer, or a status of -1 when no answer came within {@link #TIME_LIMIT}. */
	Answer send(FuzzRequest request) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + request.target()))
			.timeout(TIME_LIMIT)
			.header("Accept", "application/json, application/problem+json")
			.method(request.method(), request.body() == null ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofByteArray(request.body()));
		if (request.contentType() != null) {
			builder.header("Content-Type", request.contentType());
		}
		request.headers().forEach(builder::header);
		try {
			HttpResponse<byte[]> response = sessions.get(request.user())
				.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
			return new Answer(response.statusCode(), new String(response.body(), StandardCharsets.UTF_8));
		}
		catch (HttpTimeoutException e) {
			return new Answer(-1, "");
		}
		catch (IOException e) {
			// The server closed the connection without an answer (e.g. a rejected request line): no 500, no body.
			return new Answer(0, String.valueOf(e.getMessage()));
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	private static HttpClient newClient() {
		return HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(TIME_LIMIT)
			.build();
	}

	static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
	}

	record Answer(int status, String body) {

		boolean timedOut() {
			return status == -1;
		}

	}

}
