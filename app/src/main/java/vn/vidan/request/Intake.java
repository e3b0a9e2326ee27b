package vn.vidan.request;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What the desk (or the portal) sends to open a dossier. */
public record Intake(@NotBlank @Size(max = 32) String procedureCode, @NotNull Channel channel,
		@NotBlank @Size(max = 32) String unitCode,
		@NotNull @Valid Applicant applicant, @Size(max = 30) List<@NotNull @Valid Document> documents) {

	public Intake {
		// Not List.copyOf: a null inside must reach validation (a 400 naming it), not fail here.
		documents = documents == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(documents));
	}

	/** A document handed in: its catalogue code and, when scanned, the file as Base64. */
	public record Document(@NotBlank @Size(max = 32) String code, @Size(max = 255) String fileName, @Size(max = 100) String contentType,
			String contentBase64) {
	}

}
