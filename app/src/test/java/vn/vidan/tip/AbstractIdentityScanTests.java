package vn.vidan.tip;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.vidan.support.IdentityLeakScan;

/**
 * Runs after every other test class of its run (see junit-platform.properties): by then named reporters have sent
 * tips, officers have triaged, handled, revealed and transferred them. The distinctive identity of
 * {@link TipReporters} must be in the vault and nowhere else: no other table, Camunda's included, and not the log.
 */
abstract class AbstractIdentityScanTests {

	@Autowired
	JdbcTemplate jdbc;

	abstract Path log();

	@Test
	void findsTheReporterNowhereButInTheVault() throws Exception {
		int sealed = jdbc.queryForObject("SELECT COUNT(*) FROM tip_reporter_vault", Integer.class);
		assertThat(sealed).as("named reporters sent tips in this run, so the scan means something").isPositive();
		assertThat(IdentityLeakScan.tables(jdbc)).as("Vidan's and Camunda's tables").isGreaterThan(40);

		List<String> leaks = IdentityLeakScan.findings(jdbc, TipReporters.TELLTALES, List.of("tip_reporter_vault"),
				List.of(log()));

		assertThat(leaks).isEmpty();
		assertThat(IdentityLeakScan.findings(jdbc, TipReporters.TELLTALES, List.of(), List.of()))
			.as("the vault holds ciphertext only")
			.isEmpty();
	}

}
