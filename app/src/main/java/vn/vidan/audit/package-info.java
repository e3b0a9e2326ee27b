/**
 * The audit log: who changed or read what, when and from where, append-only. Every module's API is covered by one
 * filter; the engine's own steps are in each case's status history.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package vn.vidan.audit;
