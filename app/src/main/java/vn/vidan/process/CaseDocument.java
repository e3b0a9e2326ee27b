package vn.vidan.process;

import java.time.Instant;

/**
 * A document or attachment of a case, with its fingerprint and where to read it.
 * @param name what it is (the catalogue's name of the document, or the file name)
 * @param fileName the file as received
 * @param mediaType its media type
 * @param sizeBytes its size
 * @param sha256 the SHA-256 of its content as received, in hex
 * @param viewUrl where the browser shows it
 * @param downloadUrl where the browser saves it
 * @param addedBy who added it (user name), if known
 * @param addedAt when
 */
public record CaseDocument(String name, String fileName, String mediaType, long sizeBytes, String sha256,
		String viewUrl, String downloadUrl, String addedBy, Instant addedAt) {

}
