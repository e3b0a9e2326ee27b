package vn.vidan.request;

/** How a procedure's statutory time is counted. */
public enum TimeUnit {

	WORKING_DAYS("P%dD"), WORKING_HOURS("PT%dH"), IMMEDIATE("PT0S");

	private final String isoPattern;

	TimeUnit(String isoPattern) {
		this.isoPattern = isoPattern;
	}

	/** The statutory time as an ISO-8601 duration the working calendar understands. */
	String duration(int amount) {
		return this == IMMEDIATE ? isoPattern : isoPattern.formatted(amount);
	}

}
