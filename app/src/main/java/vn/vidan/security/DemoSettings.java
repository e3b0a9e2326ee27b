package vn.vidan.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Demo sign-ins. {@code accounts}: every directory person gets password "demo" and "admin" gets "admin" (the
 * embedded default only). {@code adminPassword}: creates "admin" with this password instead, for a real database.
 */
@ConfigurationProperties("vidan.demo")
record DemoSettings(boolean accounts, String adminPassword) {
}
