package vn.vidan.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One real Keycloak for the test run: the server distribution from Maven Central (unpacked by the build into
 * {@code target/keycloak}), started in dev mode on a free port of 127.0.0.1 with the vidan realm imported.
 */
public final class KeycloakTestServer {

	private static KeycloakTestServer instance;

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final int port;

	private KeycloakTestServer(int port) {
		this.port = port;
	}

	public static synchronized KeycloakTestServer get() {
		if (instance == null) {
			instance = start();
		}
		return instance;
	}

	public String issuer() {
		return "http://127.0.0.1:" + port + "/realms/vidan";
	}

	/** An access token for a demo user, by the password grant of the development client {@code vidan-cli}. */
	public String token(String username, String password) {
		return token(username, password, "vidan-cli");
	}

	/** A token from another development client, e.g. {@code vidan-cli-short}, whose tokens live 2 seconds. */
	public String token(String username, String password, String clientId) {
		String form = "grant_type=password&client_id=" + clientId + "&username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
				+ "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
		try {
			HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(issuer() + "/protocol/openid-connect/token"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build(), HttpResponse.BodyHandlers.ofString());
			Matcher token = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(response.body());
			if (!token.find()) {
				throw new IllegalStateException("Keycloak gave no token for " + username + ": " + response.body());
			}
			return token.group(1);
		}
		catch (IOException | InterruptedException e) {
			throw new IllegalStateException("Keycloak does not answer at " + issuer(), e);
		}
	}

	private static KeycloakTestServer start() {
		Path home = Path.of(System.getProperty("keycloak.home", "target/keycloak/keycloak-26.7.3")).toAbsolutePath();
		Path realm = Path.of(System.getProperty("keycloak.realm", "../infra/keycloak/vidan-realm.json")).toAbsolutePath();
		if (!Files.isExecutable(home.resolve("bin/kc.sh"))) {
			throw new IllegalStateException("No Keycloak at " + home + ": run the build's pre-integration-test phase");
		}
		try {
			deleteRecursively(home.resolve("data"));
			Files.createDirectories(home.resolve("data/import"));
			Files.copy(realm, home.resolve("data/import/vidan-realm.json"), StandardCopyOption.REPLACE_EXISTING);
			int port = freePort();
			ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/kc.sh").toString(), "start-dev",
					"--http-host=127.0.0.1", "--http-port=" + port, "--import-realm", "--http-management-port=" + freePort())
				.redirectErrorStream(true)
				.redirectOutput(Path.of("target", "keycloak.log").toFile());
			builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
			builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
			long started = System.nanoTime();
			Process process = builder.start();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				process.descendants().forEach(ProcessHandle::destroy);
				process.destroy();
			}));
			KeycloakTestServer server = new KeycloakTestServer(port);
			server.awaitRealm(process);
			System.out.printf("[vidan] Keycloak for integration tests up in %d s at %s%n",
					(System.nanoTime() - started) / 1_000_000_000, server.issuer());
			return server;
		}
		catch (IOException e) {
			throw new IllegalStateException("Cannot start Keycloak from " + home, e);
		}
	}

	private void awaitRealm(Process process) {
		HttpRequest discovery = HttpRequest.newBuilder(URI.create(issuer() + "/.well-known/openid-configuration"))
			.timeout(Duration.ofSeconds(5))
			.build();
		long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				throw new IllegalStateException("Keycloak stopped: see app/target/keycloak.log");
			}
			try {
				if (HTTP.send(discovery, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
					return;
				}
			}
			catch (IOException e) {
				// not listening yet
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(e);
			}
			try {
				Thread.sleep(1000);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(e);
			}
		}
		throw new IllegalStateException("Keycloak did not serve the vidan realm within 4 minutes: see app/target/keycloak.log");
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static void deleteRecursively(Path path) throws IOException {
		if (!Files.exists(path)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(path)) {
			for (Path each : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(each);
			}
		}
	}

}
