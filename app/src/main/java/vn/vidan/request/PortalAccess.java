package vn.vidan.request;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.function.Predicate;

import org.springframework.stereotype.Component;

import vn.vidan.web.RateLimits;

/**
 * Who may see or touch a dossier on the portal: whoever holds its receipt code and a second factor the applicant
 * has — the last 4 digits of their personal ID number to look it up or rate it, the whole number to send a
 * supplement. A wrong factor answers exactly as an unknown code, and counts as a failed look-up of the client
 * ({@link RateLimits.Kind#LOOKUP_FAILURE}), so walking the sequential receipt codes with guessed digits ends in 429
 * long before it finds anything.
 */
@Component
class PortalAccess {

	private final ResidentRequestRepository requests;

	private final RateLimits limits;

	PortalAccess(ResidentRequestRepository requests, RateLimits limits) {
		this.requests = requests;
		this.limits = limits;
	}

	/** The dossier, if {@code last4} are the last 4 digits of its applicant's personal ID number. */
	ResidentRequest byIdLast4(String receiptCode, String last4, String client) {
		return find(receiptCode, client, request -> last4 != null && last4.trim().matches("\\d{4}")
				&& same(request.getApplicantId().substring(request.getApplicantId().length() - 4), last4.trim()));
	}

	/** The dossier, if {@code personalId} is its applicant's personal ID number. */
	ResidentRequest byPersonalId(String receiptCode, String personalId, String client) {
		return find(receiptCode, client, request -> personalId != null && same(request.getApplicantId(), personalId.trim()));
	}

	private ResidentRequest find(String receiptCode, String client, Predicate<ResidentRequest> secondFactor) {
		limits.check(RateLimits.Kind.LOOKUP_FAILURE, client);
		ResidentRequest request = requests.findById(receiptCode.trim()).filter(secondFactor).orElse(null);
		if (request == null) {
			limits.count(RateLimits.Kind.LOOKUP_FAILURE, client);
			throw new UnknownReceiptException(receiptCode);
		}
		return request;
	}

	private static boolean same(String expected, String given) {
		return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
	}

}
