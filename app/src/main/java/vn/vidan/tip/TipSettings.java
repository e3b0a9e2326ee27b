package vn.vidan.tip;

import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code vidan.tips}: how long a leader has to act on an overdue tip before the level above is told, how long the
 * investigating agency has to acknowledge a transfer, the throttle on public look-ups, and the vault's keys.
 */
@ConfigurationProperties("vidan.tips")
record TipSettings(String escalationWithin, Duration acknowledgeWithin, FollowUp followUp, Vault vault) {

	TipSettings {
		escalationWithin = escalationWithin == null ? "PT4H" : escalationWithin;
		acknowledgeWithin = acknowledgeWithin == null ? Duration.ofHours(24) : acknowledgeWithin;
		followUp = followUp == null ? new FollowUp(5, Duration.ofMinutes(15)) : followUp;
		if (vault == null) {
			throw new IllegalStateException("vidan.tips.vault.keys and vidan.tips.vault.active-key must be configured");
		}
	}

	/** At most {@code maxFailures} failed look-ups per client within {@code window}. */
	record FollowUp(int maxFailures, Duration window) {
	}

	/**
	 * {@code keys}: {@code id:base64,id:base64}, each a 256-bit AES key; {@code activeKey} seals new entries. To
	 * rotate, add a new key, make it active, call the rotation endpoint, then drop the old key.
	 */
	record Vault(String activeKey, String keys) {

		Vault {
			Map<String, byte[]> parsed = parse(keys);
			if (activeKey == null || !parsed.containsKey(activeKey)) {
				throw new IllegalStateException(
						"vidan.tips.vault.active-key must name one of the keys in vidan.tips.vault.keys");
			}
		}

		Map<String, byte[]> keyMap() {
			return parse(keys);
		}

		private static Map<String, byte[]> parse(String keys) {
			if (keys == null || keys.isBlank()) {
				throw new IllegalStateException("vidan.tips.vault.keys is empty: the reporter vault needs a key");
			}
			Map<String, byte[]> parsed = new LinkedHashMap<>();
			for (String entry : keys.split(",")) {
				String[] idAndKey = entry.trim().split(":", 2);
				byte[] key = idAndKey.length == 2 ? Base64.getDecoder().decode(idAndKey[1].trim()) : new byte[0];
				if (key.length != 32) {
					throw new IllegalStateException("vault key '" + idAndKey[0].trim()
							+ "' must be written id:base64 and be 32 bytes (AES-256)");
				}
				parsed.put(idAndKey[0].trim(), key);
			}
			return parsed;
		}

	}

}
