package vn.vidan.request;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Names of procedures and documents for pages, as {@code ${@catalogueNames.procedure(p)}}. The catalogue is data,
 * kept in Vietnamese; in English a page shows the translation the message bundle has for the code
 * ({@code intake.catalogue.procedure.TAM_TRU}), else the Vietnamese name.
 */
@Component("catalogueNames")
class CatalogueNames {

	private final MessageSource messages;

	private final ProcedureRepository procedures;

	CatalogueNames(MessageSource messages, ProcedureRepository procedures) {
		this.messages = messages;
		this.procedures = procedures;
	}

	public String procedure(Procedure procedure) {
		return translated("intake.catalogue.procedure." + procedure.getCode(), procedure.getName());
	}

	/** The procedure's name by code, for lists; the code itself when the catalogue no longer has it. */
	public String procedure(String code) {
		return procedures.findById(code).map(this::procedure).orElse(code);
	}

	public String document(ProcedureDocument document) {
		return translated("intake.catalogue.document." + document.getCode(), document.getName());
	}

	private String translated(String key, String vietnamese) {
		if ("vi".equals(LocaleContextHolder.getLocale().getLanguage())) {
			return vietnamese;
		}
		return messages.getMessage(key, null, vietnamese, LocaleContextHolder.getLocale());
	}

}
