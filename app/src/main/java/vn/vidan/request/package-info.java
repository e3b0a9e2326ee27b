/**
 * Resident requests (hồ sơ thủ tục hành chính): the procedure catalogue, intake at the one-stop desk, online, in
 * after-hours shifts or at home, receipt codes and appointment dates in working days, and the public status lookup.
 * Serves {@code ResidentRequestProcess}; the dossier lives in our tables under its receipt code, the process holds
 * only ids and routing flags.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Resident requests")
package vn.vidan.request;
