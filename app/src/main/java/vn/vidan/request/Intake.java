package vn.vidan.request;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What the desk (or the portal) sends to open a dossier. */
public record Intake(@NotBlank String procedureCode, @NotNull Channel channel, @NotBlank String unitCode,
		@NotNull @Valid Applicant applicant, @Valid @Size(max = 30) List<Document> documents) {

	public Intake {
		documents = documents == null ? List.of() : List.copyOf(documents);
	}

	/** A document handed in: its catalogue code and, when scanned, the file as Base64. */
	public record Document(@NotBlank String code, @Size(max = 255) String fileName, @Size(max = 100) String contentType,
			String contentBase64) {
	}

}
