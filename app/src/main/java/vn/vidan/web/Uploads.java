package vn.vidan.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.tika.detect.Detector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * What an uploaded file really is, from its bytes (Apache Tika's magic numbers), never from the type the sender
 * declared or the file's name: a dossier's scan must be a document type, a tip's attachment an evidence type (see
 * {@link LimitSettings.Uploads}), else 415, and what is stored is the detected type.
 */
@Component
public class Uploads {

	private static final Map<String, String> NAMES = Map.of("application/pdf", "PDF", "image/jpeg", "JPEG",
			"image/png", "PNG", "image/heic", "HEIC", "video/mp4", "MP4", "video/quicktime", "MOV", "audio/mpeg", "MP3",
			"audio/mp4", "M4A");

	private final Detector detector = MimeTypes.getDefaultMimeTypes();

	private final LimitSettings.Uploads limits;

	Uploads(LimitSettings settings) {
		this.limits = settings.uploads();
	}

	/** A dossier's scan: its detected type, or 415 naming {@code which} (the document's code) and what is allowed. */
	public String documentType(byte[] content, Object which) {
		return checked(content, limits.documentTypes(), ProblemException.phrase("web.fileOfDocument", which));
	}

	/** A tip's attachment: its detected type, or 415 naming {@code which} (its position) and what is allowed. */
	public String evidenceType(byte[] content, Object which) {
		return checked(content, limits.evidenceTypes(), ProblemException.phrase("web.fileOfTip", which));
	}

	private String checked(byte[] content, List<String> allowed, Object which) {
		String type = detect(content);
		if (!allowed.contains(type)) {
			throw new ProblemException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "web.fileType", which,
					allowed.stream().map(t -> NAMES.getOrDefault(t, t)).collect(Collectors.joining(", ")));
		}
		return type;
	}

	/** The media type the bytes show, without parameters; {@code application/octet-stream} when none fits. */
	String detect(byte[] content) {
		try {
			MediaType type = detector.detect(new ByteArrayInputStream(content), new Metadata());
			return type.getBaseType().toString();
		}
		catch (IOException unreadable) {
			return MediaType.OCTET_STREAM.toString();
		}
	}

}
