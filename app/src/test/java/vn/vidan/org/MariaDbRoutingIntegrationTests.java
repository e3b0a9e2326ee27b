package vn.vidan.org;

import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.vidan.support.MariaDbTestServer;

/** The same routing rules, with the directory read through JPA from a real MariaDB server. */
@ActiveProfiles("mariadb")
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class MariaDbRoutingIntegrationTests extends RoutingServiceTests {

	@DynamicPropertySource
	static void mariaDb(DynamicPropertyRegistry registry) {
		MariaDbTestServer.register(registry);
	}

}
