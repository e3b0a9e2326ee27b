package vn.vidan.process;

import java.util.Locale;

/**
 * The three kinds of case, each with its own page in the workspace: {@code /requests/{receiptCode}},
 * {@code /tips/{reference}}, {@code /secondments/{waveCode}}. The case's code is the business key of its processes.
 */
public enum CaseType {

	REQUEST("/requests/"), TIP("/tips/"), WAVE("/secondments/");

	private final String pagePrefix;

	CaseType(String pagePrefix) {
		this.pagePrefix = pagePrefix;
	}

	/** The case's page in the workspace. */
	public String page(String code) {
		return pagePrefix + code;
	}

	/** The message key of the type's name ({@code case.type.request}). */
	public String messageKey() {
		return "case.type." + name().toLowerCase(Locale.ROOT);
	}

}
