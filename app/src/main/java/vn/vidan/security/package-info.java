/**
 * Sign-in and identity. Until Keycloak takes over, people sign in with HTTP Basic or the login form against local
 * accounts; Camunda's REST API and webapps take the signed-in user from Spring Security, and the directory is synced
 * into Camunda's users and groups so every officer's Tasklist shows their unit's inbox.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Security and identity")
package vn.vidan.security;
