package vn.vidan.process;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long a person's Camunda groups are remembered ({@code vidan.camunda-groups.*}, see {@link CamundaMemberships}).
 * @param remember how long one node may serve a person's groups after another node changed them; PT0S looks them up
 *     on every call
 * @param maxPeople how many people are remembered at once
 */
@ConfigurationProperties("vidan.camunda-groups")
public record CamundaGroupSettings(@DefaultValue("PT60S") Duration remember, @DefaultValue("10000") int maxPeople) {
}
