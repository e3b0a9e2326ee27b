package vn.vidan.request;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How resident requests are run. {@code supplementWait}: how long a dossier waits for a supplement before it is
 * returned; {@code apologyExtension}: the new appointment an apology letter gives, from the breach; both in working
 * time. {@code minimumMinutes}: the internal deadline given to procedures answered immediately (stay notification).
 */
@ConfigurationProperties("vidan.requests")
public record RequestSettings(@DefaultValue("P15D") String supplementWait, @DefaultValue("P2D") String apologyExtension,
		@DefaultValue("60") int minimumMinutes) {
}
