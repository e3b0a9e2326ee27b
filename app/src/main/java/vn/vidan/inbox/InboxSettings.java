package vn.vidan.inbox;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The inbox's settings ({@code vidan.inbox.*}).
 * @param pageSize rows per page
 * @param doneWithin how far back "recently done" reaches
 */
@ConfigurationProperties("vidan.inbox")
public record InboxSettings(@DefaultValue("50") int pageSize, @DefaultValue("P30D") Duration doneWithin) {
}
