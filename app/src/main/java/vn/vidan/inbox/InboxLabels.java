package vn.vidan.inbox;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import vn.vidan.process.CaseType;

/**
 * The words the inbox shows for codes, as {@code ${@inboxLabels.procedure(code)}}: case types, procedures and tip
 * categories, channels and statuses in the person's language; an unknown code shows as itself.
 */
@Component("inboxLabels")
public class InboxLabels {

	/** Procedures of resident requests, then tip categories (a tip's "procedure"). */
	static final List<String> PROCEDURES = List.of("THUONG_TRU", "TAM_TRU", "GIA_HAN_TAM_TRU", "XOA_THUONG_TRU",
			"XAC_NHAN_CU_TRU", "LUU_TRU", "CAN_CUOC", "DINH_DANH_MUC_2", "CRIME", "ADMINISTRATIVE_VIOLATION",
			"CIVIL_DISPUTE", "PUBLIC_ORDER", "OUTSIDE_COMPETENCE", "DUPLICATE", "UNKNOWN");

	static final List<String> CHANNELS = List.of("DESK", "ONLINE", "AFTER_HOURS", "WEEKEND", "HOME_VISIT", "FORWARDED",
			"IN_PERSON", "PHONE", "REFERRAL", "FORUM");

	static final List<String> STATUSES = List.of("RECEIVED", "SUPPLEMENT_REQUESTED", "IN_PROGRESS",
			"AWAITING_DECISION", "TRANSFERRED", "RESULT_READY", "HANDED_OVER", "CLOSED", "REFUSED", "RETURNED",
			"WITHDRAWN", "DISPATCHED", "IN_HANDLING", "AWAITING_APPROVAL", "DRAFT", "NOMINATING", "PROPOSED",
			"RELEASING", "AWAITING_SIGNATURE", "DEPLOYED");

	private final MessageSource messages;

	InboxLabels(MessageSource messages) {
		this.messages = messages;
	}

	public String type(CaseType type) {
		return type == null ? label("inbox.type.OTHER", "") : label("inbox.type." + type.name(), type.name());
	}

	public String type(String type) {
		return type == null ? "" : label("inbox.type." + type, type);
	}

	public String procedure(String code) {
		return code == null ? "" : label("inbox.procedure." + code, code);
	}

	public String channel(String code) {
		return code == null ? "" : label("inbox.channel." + code, code);
	}

	public String status(String code) {
		return code == null ? "" : label("inbox.status." + code, code);
	}

	/** A step's name: the model's own in Vietnamese, a translation in another language when there is one. */
	public String step(String taskKey, String modelName) {
		String name = modelName == null ? (taskKey == null ? "" : taskKey) : modelName;
		Locale locale = LocaleContextHolder.getLocale();
		if (taskKey == null || "vi".equals(locale.getLanguage())) {
			return name;
		}
		return messages.getMessage("inbox.step." + taskKey, null, name, locale);
	}

	/** What a row calls its case: the applicant, the wave; a tip by its category, in the person's language. */
	public String subject(InboxRow row) {
		if (row.caseType() == CaseType.TIP) {
			return procedure(row.procedureCode());
		}
		return row.subject() == null ? "" : row.subject();
	}

	private String label(String key, String fallback) {
		Locale locale = LocaleContextHolder.getLocale();
		return messages.getMessage(key, null, fallback, locale);
	}

}
