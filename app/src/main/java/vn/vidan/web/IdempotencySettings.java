package vn.vidan.web;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How idempotent intake keeps its keys ({@code vidan.idempotency.*}).
 * @param keep how long a key's first answer is kept and repeated to retries; after that the key is forgotten
 * @param lease how long an unfinished request holds its key: retries meanwhile get 409; after it (the node that took
 * the request died), a retry does the work itself
 * @param cleanupEvery how often a node removes keys past {@code keep}
 */
@ConfigurationProperties("vidan.idempotency")
public record IdempotencySettings(@DefaultValue("PT24H") Duration keep, @DefaultValue("PT1M") Duration lease,
		@DefaultValue("PT10M") Duration cleanupEvery) {
}
