package vn.vidan.bench;

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
 * One client of a system: its own connection and cookies (a session, as a browser or a script with a session has),
 * every call timed under a name into {@link Latencies}.
 */
public final class Http {

	public static final ObjectMapper JSON = new ObjectMapper();

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private static final Duration TIMEOUT = Duration.ofSeconds(60);

	private final Function<String, URI> base;

	private final Latencies latencies;

	private final HttpClient client = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.connectTimeout(Duration.ofSeconds(5))
		.followRedirects(HttpClient.Redirect.NEVER)
		.version(HttpClient.Version.HTTP_1_1)
		.build();

	/** A status and a body. */
	public record Answer(int status, String body) {

		public JsonNode json() {
			try {
				return JSON.readTree(body);
			}
			catch (IOException e) {
				throw new IllegalStateException("Not JSON (" + status + "): " + body, e);
			}
		}

		/** This answer, or a failure naming the call if its status is not {@code expected}. */
		public Answer expect(String call, int expected) {
			if (status != expected) {
				throw new IllegalStateException(call + ": " + status + " " + abbreviate(body));
			}
			return this;
		}

	}

	public Http(Function<String, URI> base, Latencies latencies) {
		this.base = base;
		this.latencies = latencies;
	}

	/** Signs in through Vidan's sign-in form (GET for the CSRF token, POST), keeping the session cookie. */
	public Http signIn(String user, String password) {
		Answer page = send("sign in", HttpRequest.newBuilder(base.apply("/login")).GET());
		Matcher token = CSRF.matcher(page.body());
		if (!token.find()) {
			throw new IllegalStateException("No sign-in form at /login (" + page.status() + ")");
		}
		String form = "username=" + encode(user) + "&password=" + encode(password) + "&_csrf=" + encode(token.group(1));
		Answer signedIn = send("sign in", HttpRequest.newBuilder(base.apply("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form)));
		if (signedIn.status() != 302) {
			throw new IllegalStateException("Sign-in of " + user + " refused (" + signedIn.status() + ")");
		}
		return this;
	}

	public Answer get(String call, String path) {
		return send(call, HttpRequest.newBuilder(base.apply(path)).header("Accept", "application/json").GET());
	}

	public Answer post(String call, String path, String json) {
		return send(call, HttpRequest.newBuilder(base.apply(path))
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json)));
	}

	public Answer put(String call, String path, String json) {
		return send(call, HttpRequest.newBuilder(base.apply(path))
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(json)));
	}

	/** Sends a request, timing it under {@code call}. */
	public Answer send(String call, HttpRequest.Builder request) {
		long started = System.nanoTime();
		try {
			HttpResponse<String> response = client.send(request.timeout(TIMEOUT).build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			latencies.record(call, System.nanoTime() - started);
			return new Answer(response.statusCode(), response.body());
		}
		catch (IOException e) {
			throw new IllegalStateException(call + ": " + e, e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(call + " interrupted", e);
		}
	}

	public static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	static String abbreviate(String body) {
		return body == null ? "" : body.length() > 300 ? body.substring(0, 300) + "…" : body;
	}

}
