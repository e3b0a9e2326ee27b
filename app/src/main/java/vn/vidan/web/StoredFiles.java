package vn.vidan.web;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A file a resident or an officer handed in (a scan, a photo), served back as received: shown in the browser only
 * when it is a type a browser shows safely (and then in a sandbox), otherwise downloaded, so an uploaded file can never
 * run as a page of Vidan. Never cached.
 */
public final class StoredFiles {

	static final Set<String> VIEWABLE = Set.of("application/pdf", "image/jpeg", "image/png", "image/gif",
			"image/webp", "text/plain");

	private StoredFiles() {
	}

	public static ResponseEntity<byte[]> response(String fileName, String contentType, byte[] content,
			boolean download) {
		MediaType type;
		try {
			type = contentType == null ? MediaType.APPLICATION_OCTET_STREAM : MediaType.parseMediaType(contentType);
		}
		catch (IllegalArgumentException malformed) {
			type = MediaType.APPLICATION_OCTET_STREAM;
		}
		boolean inline = !download && VIEWABLE.contains(type.getType() + "/" + type.getSubtype());
		ContentDisposition disposition = (inline ? ContentDisposition.inline() : ContentDisposition.attachment())
			.filename(fileName == null || fileName.isBlank() ? "tep-dinh-kem" : fileName, StandardCharsets.UTF_8)
			.build();
		ResponseEntity.BodyBuilder response = ResponseEntity.ok()
			.contentType(inline ? type : MediaType.APPLICATION_OCTET_STREAM)
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
			.header("X-Content-Type-Options", "nosniff")
			.header(HttpHeaders.CACHE_CONTROL, "private, no-store");
		if (!MediaType.APPLICATION_PDF.equalsTypeAndSubtype(type)) {
			// Chromium refuses to show a PDF in a sandbox; everything else gets one.
			response.header("Content-Security-Policy",
					"sandbox; default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'");
		}
		return response.body(content == null ? new byte[0] : content);
	}

}
