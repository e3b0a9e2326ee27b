package vn.vidan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.vidan.support.MariaDbIntegrationTest;

/**
 * The platform on a real MariaDB server, with the {@code mariadb} profile as production runs it: Flyway migrations,
 * Camunda's schema in the "mysql" dialect, READ COMMITTED and utf8mb4.
 */
@MariaDbIntegrationTest
class MariaDbPlatformIntegrationTests extends AbstractPlatformIntegrationTests {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ProcessEngine engine;

	@Test
	void runsOnMariaDb() {
		String version = jdbc.queryForObject("SELECT VERSION()", String.class);
		System.out.println("[vidan] MariaDbPlatformIntegrationTests ran on MariaDB " + version);

		assertThat(version).contains("MariaDB");
	}

	@Test
	void readsCommitted() {
		assertThat(jdbc.queryForObject("SELECT @@transaction_isolation", String.class)).isEqualTo("READ-COMMITTED");
	}

	@Test
	void usesCamundasMysqlDialectWithBatching() {
		ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine
			.getProcessEngineConfiguration();

		assertThat(configuration.getDatabaseType()).isEqualTo("mysql");
		assertThat(configuration.isJdbcBatchProcessing()).isTrue();
		assertThat(jdbc.getDataSource()).extracting("jdbcUrl")
			.asString()
			.contains("useBulkStmts=false", "rewriteBatchedStatements=false");
	}

	@Test
	void storesOurTablesInUtf8mb4() {
		List<String> collations = jdbc.queryForList(
				"SELECT DISTINCT table_collation FROM information_schema.tables WHERE table_schema = DATABASE() AND table_name LIKE 'org\\_%'",
				String.class);

		assertThat(collations).isNotEmpty().allMatch(collation -> collation.startsWith("utf8mb4"));
	}

	@Test
	void keepsFourByteCharactersIntact() {
		jdbc.update("UPDATE org_commune_leader SET title = ? WHERE username = ?", "Bí thư Đảng ủy xã Đắk Nia 🏛",
				"xuan.d");
		try {
			assertThat(jdbc.queryForObject("SELECT title FROM org_commune_leader WHERE username = 'xuan.d'",
					String.class)).isEqualTo("Bí thư Đảng ủy xã Đắk Nia 🏛");
		}
		finally {
			jdbc.update("UPDATE org_commune_leader SET title = ? WHERE username = ?", "Bí thư Đảng ủy xã Đắk Nia",
					"xuan.d");
		}
	}

	@Test
	void appliedEveryMigration() {
		assertThat(jdbc.queryForList("SELECT version FROM flyway_schema_history WHERE success = 1", String.class))
			.contains("1", "1000");
	}

}
