package vn.vidan.request;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The resident a dossier is for, and who hands it in for them when that is someone else. */
public record Applicant(@NotBlank @Size(max = 120) String fullName, @NotNull @PersonalId String personalId,
		@NotBlank @Pattern(regexp = "\\+?[0-9 .-]{9,15}", message = "{problem.validation.phone}") String phone,
		@NotBlank @Size(max = 300) String address, @Valid Representative representative) {

	/** Someone handing in the dossier on the applicant's behalf. */
	public record Representative(@NotBlank @Size(max = 120) String fullName, @NotNull @PersonalId String personalId) {
	}

}
