package vn.vidan.tip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The vault's cryptography, on entries kept in a map: sealing, opening, rotation, and what it refuses. */
class ReporterVaultTests {

	private static final String OLD = "k2025:MjAyNS10ZXN0LWtleS0tLS0tLS0tLS0tLS0tLS0tLS0=";

	private static final String NEW = "k2026:MjAyNi10ZXN0LWtleS0tLS0tLS0tLS0tLS0tLS0tLS0=";

	private static final ReporterIdentity REPORTER = new ReporterIdentity(TipReporters.NAME, TipReporters.ID_NUMBER,
			TipReporters.PHONE, TipReporters.ADDRESS);

	private final Map<String, VaultEntry> stored = new HashMap<>();

	private final VaultEntryRepository entries = mock(VaultEntryRepository.class);

	@BeforeEach
	void keepEntriesInAMap() {
		when(entries.save(any())).thenAnswer(call -> {
			VaultEntry entry = call.getArgument(0);
			stored.put(entry.getReference(), entry);
			return entry;
		});
		when(entries.findById(any())).thenAnswer(call -> Optional.ofNullable(stored.get(call.getArgument(0))));
		when(entries.findByKeyIdNot(any())).thenAnswer(call -> stored.values()
			.stream()
			.filter(entry -> !entry.getKeyId().equals(call.getArgument(0)))
			.toList());
	}

	private ReporterVault vault(String activeKey, String keys) {
		return new ReporterVault(entries, new ObjectMapper(),
				new TipSettings(null, null, null, new TipSettings.Vault(activeKey, keys)));
	}

	@Test
	void sealsSoThatNothingOfTheIdentityIsReadableAndOpensItAgain() {
		ReporterVault vault = vault("k2025", OLD);
		vault.seal("TB-HOAMINH-2026-0001", REPORTER, Instant.now());

		VaultEntry entry = stored.get("TB-HOAMINH-2026-0001");
		String raw = new String(entry.getCiphertext(), StandardCharsets.ISO_8859_1);
		TipReporters.TELLTALES.forEach(telltale -> assertThat(raw).doesNotContain(telltale));
		assertThat(entry.getIv()).hasSize(12);
		assertThat(vault.open("TB-HOAMINH-2026-0001")).contains(REPORTER);
	}

	@Test
	void rotatesOldEntriesToTheNewKeySoTheOldKeyCanBeDropped() {
		vault("k2025", OLD).seal("TB-HOAMINH-2026-0002", REPORTER, Instant.now());

		ReporterVault rotating = vault("k2026", NEW + "," + OLD);
		assertThat(rotating.open("TB-HOAMINH-2026-0002")).as("old entries open while the old key is configured")
			.contains(REPORTER);
		assertThat(rotating.rotate()).isOne();
		assertThat(rotating.rotate()).as("nothing left to rotate").isZero();

		assertThat(stored.get("TB-HOAMINH-2026-0002").getKeyId()).isEqualTo("k2026");
		assertThat(vault("k2026", NEW).open("TB-HOAMINH-2026-0002")).contains(REPORTER);
	}

	@Test
	void refusesAnEntryMovedToAnotherTip() {
		ReporterVault vault = vault("k2025", OLD);
		vault.seal("TB-HOAMINH-2026-0003", REPORTER, Instant.now());
		VaultEntry original = stored.get("TB-HOAMINH-2026-0003");
		stored.put("TB-HOAMINH-2026-0004", new VaultEntry("TB-HOAMINH-2026-0004", original.getKeyId(),
				original.getIv(), original.getCiphertext(), Instant.now()));

		assertThatThrownBy(() -> vault.open("TB-HOAMINH-2026-0004")).hasMessageContaining("does not open")
			.hasMessageNotContaining("Zyxwvutsr");
	}

	@Test
	void saysWhichKeyIsMissingWithoutShowingTheEntry() {
		vault("k2025", OLD).seal("TB-HOAMINH-2026-0005", REPORTER, Instant.now());

		assertThatThrownBy(() -> vault("k2026", NEW).open("TB-HOAMINH-2026-0005"))
			.hasMessageContaining("key 'k2025', which is no longer configured");
	}

	@Test
	void refusesKeysOfTheWrongLengthOrAnActiveKeyNotConfigured() {
		assertThatThrownBy(() -> new TipSettings.Vault("short", "short:c2hvcnQ=")).hasMessageContaining("32 bytes");
		assertThatThrownBy(() -> new TipSettings.Vault("k2027", OLD)).hasMessageContaining("active-key");
	}

	@Test
	void neverPrintsTheIdentity() {
		assertThat(REPORTER.toString()).isEqualTo("ReporterIdentity[protected]");
		assertThat(List.of(REPORTER).toString()).doesNotContain("Zyxwvutsr");
	}

}
