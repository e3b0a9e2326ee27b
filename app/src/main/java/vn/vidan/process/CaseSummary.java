package vn.vidan.process;

import java.time.Instant;

/**
 * What lists and task pages show of a case, and what search finds it by; never a tip reporter's identity.
 * @param type the kind of case
 * @param code receipt code, tip reference or wave code (the processes' business key)
 * @param subject the applicant's name, the tip's category, the wave's name
 * @param procedureCode the procedure (THUONG_TRU), the tip category (CRIME_REPORT) or null for a wave
 * @param channel how it came in (DESK, ONLINE, PHONE…), null when that does not apply
 * @param status the case's status in its feature's words (RECEIVED, TRIAGED…)
 * @param unitCode the unit that owns the case
 * @param statutoryDue the statutory deadline of the whole case (a dossier's appointment), if any
 * @param searchText free text search matches: codes, names, ID number, address (never a reporter's)
 */
public record CaseSummary(CaseType type, String code, String subject, String procedureCode, String channel,
		String status, String unitCode, Instant statutoryDue, String searchText) {

	public String page() {
		return type.page(code);
	}

}
