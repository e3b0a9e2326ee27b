package vn.vidan.workspace;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The workspace's settings ({@code vidan.workspace.*}).
 * @param dueSoon working time left under which a task or case counts as due soon (and shows amber)
 * @param refreshEvery how often open pages ask for new counts and new work
 */
@ConfigurationProperties("vidan.workspace")
public record WorkspaceSettings(@DefaultValue("PT8H") Duration dueSoon, @DefaultValue("PT30S") Duration refreshEvery) {
}
