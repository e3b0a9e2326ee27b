package vn.vidan.request;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A document a procedure asks for. */
@Embeddable
public class ProcedureDocument {

	@Column(name = "document_code")
	private String code;

	private String name;

	private boolean required;

	protected ProcedureDocument() {
	}

	ProcedureDocument(String code, String name, boolean required) {
		this.code = code;
		this.name = name;
		this.required = required;
	}

	public String getCode() {
		return code;
	}

	public String getName() {
		return name;
	}

	public boolean isRequired() {
		return required;
	}

}
