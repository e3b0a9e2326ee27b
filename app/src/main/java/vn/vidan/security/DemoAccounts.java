package vn.vidan.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.vidan.org.CommuneLeader;
import vn.vidan.org.Officer;
import vn.vidan.org.OrgDirectory;
import vn.vidan.org.OrgSnapshot;

/** Creates the demo sign-ins that {@link DemoSettings} asks for; leaves existing accounts alone. */
@Component
@Order(5)
class DemoAccounts implements ApplicationRunner {

	static final String ADMIN = "admin";

	/** The demo process designer, as in the Keycloak realm. */
	static final String DESIGNER = "designer";

	/** The demo auditor, as in the Keycloak realm: reads everything, changes nothing. */
	static final String AUDITOR = "auditor";

	private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

	private final DemoSettings settings;

	private final AccountRepository accounts;

	private final OrgDirectory directory;

	private final PasswordEncoder passwords;

	DemoAccounts(DemoSettings settings, AccountRepository accounts, OrgDirectory directory, PasswordEncoder passwords) {
		this.settings = settings;
		this.accounts = accounts;
		this.directory = directory;
		this.passwords = passwords;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		Set<String> existing = accounts.findAll().stream().map(Account::getUsername).collect(Collectors.toSet());
		List<Account> created = new ArrayList<>();
		String adminPassword = settings.adminPassword() != null && !settings.adminPassword().isBlank()
				? settings.adminPassword() : settings.accounts() ? "admin" : null;
		if (adminPassword != null && !existing.contains(ADMIN)) {
			created.add(new Account(ADMIN, passwords.encode(adminPassword), true));
		}
		if (settings.accounts()) {
			// One hash serves every demo person: BCrypt is slow on purpose, a hundred of them would slow start-up.
			String demoHash = passwords.encode("demo");
			OrgSnapshot org = directory.snapshot();
			Stream.concat(org.officers().stream().map(Officer::getUsername),
					org.communeLeaders().stream().map(CommuneLeader::getUsername))
				.filter(username -> !existing.contains(username))
				.forEach(username -> created.add(new Account(username, demoHash, false)));
			if (!existing.contains(DESIGNER)) {
				created.add(Account.designer(DESIGNER, demoHash));
			}
			if (!existing.contains(AUDITOR)) {
				created.add(Account.auditor(AUDITOR, demoHash));
			}
		}
		accounts.saveAll(created);
		if (!created.isEmpty()) {
			log.info("Created {} sign-in accounts", created.size());
		}
	}

}
