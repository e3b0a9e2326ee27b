package vn.vidan.security;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

import vn.vidan.org.CommuneLeader;
import vn.vidan.org.DirectoryChanged;
import vn.vidan.org.Officer;
import vn.vidan.org.OrgDirectory;
import vn.vidan.org.OrgSnapshot;
import vn.vidan.org.Unit;
import vn.vidan.org.UnitGroup;

/**
 * With Keycloak, the realm's users and unit-group memberships follow Vidan's directory, so the {@code units} claim of
 * each token carries the person's Camunda groups, seconded communes included: a secondment grant becomes a group
 * membership when it opens and stops being one when it closes. Written through Keycloak's admin REST API with the
 * {@code vidan-sync} client's service account, after the directory change commits. Only memberships of Vidan's unit
 * groups are touched; passwords, other groups and roles stay Keycloak's. Users whose groups did not change since the
 * last sync are skipped, so a secondment costs a few requests, not one per person. The first sync, which compares
 * everyone, runs in the background after start-up.
 * <p>
 * Why not {@code keycloak-admin-client}: it brings RESTEasy, a second JAX-RS implementation beside the Jersey that
 * Camunda's REST API runs on; the five admin endpoints used here are plain JSON over HTTP.
 */
@Component
@Profile("keycloak")
class KeycloakDirectorySync {

	private static final Logger log = LoggerFactory.getLogger(KeycloakDirectorySync.class);

	private final OrgDirectory directory;

	private final RestClient http = RestClient.create();

	private final String issuer;

	private final String admin;

	private final String clientId;

	private final String clientSecret;

	private final boolean enabled;

	/** What was last written, per user name: Keycloak already holds these groups. */
	private Map<String, Set<String>> written = Map.of();

	KeycloakDirectorySync(OrgDirectory directory, @Value("${vidan.keycloak.issuer}") String issuer,
			@Value("${vidan.keycloak.sync.client-id:vidan-sync}") String clientId,
			@Value("${vidan.keycloak.sync.client-secret:}") String clientSecret,
			@Value("${vidan.keycloak.sync.enabled:true}") boolean enabled) {
		this.directory = directory;
		this.issuer = issuer;
		this.admin = issuer.replace("/realms/", "/admin/realms/");
		this.clientId = clientId;
		this.clientSecret = clientSecret;
		this.enabled = enabled && !clientSecret.isBlank();
	}

	/** In the background: with a large realm the first comparison takes a while, and nothing waits for it. */
	@EventListener(ApplicationReadyEvent.class)
	void atStart() {
		Thread first = new Thread(this::syncQuietly, "keycloak-directory-sync");
		first.setDaemon(true);
		first.start();
	}

	@TransactionalEventListener(fallbackExecution = true)
	void afterChange(DirectoryChanged change) {
		syncQuietly();
	}

	private void syncQuietly() {
		if (!enabled) {
			return;
		}
		try {
			long started = System.nanoTime();
			int changes = sync();
			log.info("Keycloak realm synced from the directory in {} ms: {} changes",
					(System.nanoTime() - started) / 1_000_000, changes);
		}
		catch (RestClientException e) {
			// Kept for the next change or restart; the directory stays the source of truth.
			log.warn("Could not sync the directory into Keycloak at {}: {}", admin, e.getMessage());
		}
	}

	/** Makes the realm's users and unit-group memberships match the directory; returns how many writes it made. */
	synchronized int sync() {
		OrgSnapshot org = directory.snapshot();
		Set<String> unitGroups = new HashSet<>();
		for (Unit unit : org.units()) {
			Arrays.stream(UnitGroup.values()).forEach(group -> unitGroups.add(group.idFor(unit.getCode())));
		}
		Map<String, Set<String>> desired = new HashMap<>();
		Map<String, String> names = new HashMap<>();
		for (Officer officer : org.officers()) {
			desired.put(officer.getUsername(), new HashSet<>(org.groupIdsOf(officer)));
			names.put(officer.getUsername(), officer.getFullName());
		}
		for (CommuneLeader leader : org.communeLeaders()) {
			desired.put(leader.getUsername(), new HashSet<>());
			names.put(leader.getUsername(), leader.getFullName());
		}
		String token = token();
		Map<String, String> groupIds = groups(token);
		int changes = 0;
		Map<String, Set<String>> done = new HashMap<>(written);
		for (Map.Entry<String, Set<String>> user : desired.entrySet()) {
			if (user.getValue().equals(written.get(user.getKey()))) {
				continue;
			}
			String userId = userId(token, user.getKey());
			if (userId == null) {
				userId = createUser(token, user.getKey(), names.get(user.getKey()));
				changes++;
			}
			Set<String> current = new HashSet<>();
			for (JsonNode group : get(token, "/users/" + userId + "/groups?max=1000")) {
				if (unitGroups.contains(group.get("name").asText())) {
					current.add(group.get("name").asText());
				}
			}
			for (String add : user.getValue()) {
				if (!current.contains(add)) {
					String groupId = groupIds.computeIfAbsent(add, name -> createGroup(token, name));
					http.put().uri(admin + "/users/" + userId + "/groups/" + groupId).headers(h -> h.setBearerAuth(token))
						.retrieve().toBodilessEntity();
					changes++;
				}
			}
			for (String remove : current) {
				if (!user.getValue().contains(remove)) {
					http.delete().uri(admin + "/users/" + userId + "/groups/" + groupIds.get(remove))
						.headers(h -> h.setBearerAuth(token)).retrieve().toBodilessEntity();
					changes++;
				}
			}
			done.put(user.getKey(), Set.copyOf(user.getValue()));
		}
		written = done;
		return changes;
	}

	private String token() {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("grant_type", "client_credentials");
		form.add("client_id", clientId);
		form.add("client_secret", clientSecret);
		JsonNode token = http.post()
			.uri(issuer + "/protocol/openid-connect/token")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(form)
			.retrieve()
			.body(JsonNode.class);
		return token.get("access_token").asText();
	}

	private JsonNode get(String token, String path) {
		return http.get().uri(admin + path).headers(h -> h.setBearerAuth(token)).retrieve().body(JsonNode.class);
	}

	private Map<String, String> groups(String token) {
		Map<String, String> ids = new HashMap<>();
		get(token, "/groups?max=100000&briefRepresentation=true")
			.forEach(group -> ids.put(group.get("name").asText(), group.get("id").asText()));
		return ids;
	}

	private String createGroup(String token, String name) {
		http.post().uri(admin + "/groups").headers(h -> h.setBearerAuth(token)).contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("name", name)).retrieve().toBodilessEntity();
		return groups(token).get(name);
	}

	private String userId(String token, String username) {
		JsonNode found = http.get()
			.uri(admin + "/users?exact=true&briefRepresentation=true&username={username}", username)
			.headers(h -> h.setBearerAuth(token))
			.retrieve()
			.body(JsonNode.class);
		return found == null || found.isEmpty() ? null : found.get(0).get("id").asText();
	}

	private String createUser(String token, String username, String fullName) {
		String[] parts = fullName.split(" ", 2);
		http.post().uri(admin + "/users").headers(h -> h.setBearerAuth(token)).contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("username", username, "enabled", true, "lastName", parts[0], "firstName",
					parts.length > 1 ? parts[1] : parts[0], "email", username + "@vidan.local", "emailVerified", true))
			.retrieve()
			.toBodilessEntity();
		return userId(token, username);
	}

	List<String> unitGroupsOf(String username) {
		String token = token();
		String id = userId(token, username);
		List<String> names = new java.util.ArrayList<>();
		get(token, "/users/" + id + "/groups?max=1000").forEach(group -> names.add(group.get("name").asText()));
		return names;
	}

}
