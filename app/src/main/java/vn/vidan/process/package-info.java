/**
 * Shared engine wiring: the one deployment of processes and forms, and the whitelist of beans that BPMN may call
 * ({@link vn.vidan.process.ProcessBean}). Serves every process.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Process engine")
package vn.vidan.process;
