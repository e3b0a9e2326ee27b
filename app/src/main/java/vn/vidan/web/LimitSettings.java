package vn.vidan.web;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code vidan.limits}: what one request and one client may cost. {@code maxBody}: the largest JSON or form body
 * (multipart uploads have Spring's own {@code spring.servlet.multipart} limits). {@code uploads}: the types a file's bytes
 * must show (each file is also at most 10 MB, a dossier has at most 30 and a tip 10). {@code rates}: requests per client (see {@link RateLimits}).
 */
@ConfigurationProperties("vidan.limits")
public record LimitSettings(DataSize maxBody, Uploads uploads, Rates rates) {

	public LimitSettings {
		maxBody = maxBody == null ? DataSize.ofMegabytes(25) : maxBody;
		uploads = uploads == null ? new Uploads(null, null) : uploads;
		rates = rates == null ? new Rates(null, null, null, null, null, null) : rates;
	}

	/**
	 * {@code documentTypes}: what a dossier's scan may be; {@code evidenceTypes}: what a tip's attachment may be (photos,
	 * recordings, videos). Media types as detected from the bytes.
	 */
	public record Uploads(List<String> documentTypes, List<String> evidenceTypes) {

		public Uploads {
			documentTypes = documentTypes == null ? List.of("application/pdf", "image/jpeg", "image/png")
					: List.copyOf(documentTypes);
			evidenceTypes = evidenceTypes == null ? List.of("application/pdf", "image/jpeg", "image/png", "image/heic",
					"video/mp4", "video/quicktime", "audio/mpeg", "audio/mp4") : List.copyOf(evidenceTypes);
		}

	}

	/**
	 * {@code publicApi}: every call to {@code /api/public/**}; {@code tips}: tips sent from the portal;
	 * {@code lookupFailures}: receipt look-ups, ratings and online supplements with a wrong code or a wrong second
	 * factor; {@code signIn}: sign-in form posts and failed HTTP Basic sign-ins. {@code unlimitedClients}: addresses
	 * never limited (a government portal that relays many residents). {@code hashKey}: keys the HMAC under which client
	 * addresses are stored, so the table does not say who called.
	 */
	public record Rates(Rate publicApi, Rate tips, Rate lookupFailures, Rate signIn, List<String> unlimitedClients,
			String hashKey) {

		public Rates {
			publicApi = publicApi == null ? new Rate(120, Duration.ofMinutes(1)) : publicApi;
			tips = tips == null ? new Rate(10, Duration.ofHours(1)) : tips;
			lookupFailures = lookupFailures == null ? new Rate(10, Duration.ofHours(1)) : lookupFailures;
			signIn = signIn == null ? new Rate(20, Duration.ofMinutes(15)) : signIn;
			unlimitedClients = unlimitedClients == null ? List.of() : List.copyOf(unlimitedClients);
			hashKey = hashKey == null ? "vidan" : hashKey;
		}

	}

	/** At most {@code capacity} within {@code per}; spent tokens come back evenly over {@code per}. */
	public record Rate(int capacity, Duration per) {
	}

}
