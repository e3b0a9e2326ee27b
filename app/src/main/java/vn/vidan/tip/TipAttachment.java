package vn.vidan.tip;

import java.time.Instant;

import org.hibernate.annotations.Immutable;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/** A photo, video or document added to a tip: kept as received, with its SHA-256, who added it and when. */
@Entity
@Immutable
@Table(name = "tip_attachment")
class TipAttachment {

	@Id
	private String id;

	private String reference;

	@Column(name = "file_name")
	private String fileName;

	@Column(name = "media_type")
	private String mediaType;

	@Column(name = "size_bytes")
	private long sizeBytes;

	private String sha256;

	@Lob
	@Basic(fetch = FetchType.LAZY)
	private byte[] content;

	@Column(name = "added_by")
	private String addedBy;

	@Column(name = "added_at")
	private Instant addedAt;

	protected TipAttachment() {
	}

	TipAttachment(String id, String reference, String fileName, String mediaType, byte[] content, String sha256,
			String addedBy, Instant addedAt) {
		this.id = id;
		this.reference = reference;
		this.fileName = fileName;
		this.mediaType = mediaType;
		this.sizeBytes = content.length;
		this.content = content;
		this.sha256 = sha256;
		this.addedBy = addedBy;
		this.addedAt = addedAt;
	}

	/** As received: a new id, the trimmed file name, octet-stream when no type was given, the content's SHA-256. */
	static TipAttachment received(String reference, TipIntake.Attachment attachment, byte[] content, String addedBy,
			Instant addedAt) {
		return new TipAttachment(java.util.UUID.randomUUID().toString(), reference, attachment.fileName().trim(),
				attachment.mediaType() == null ? "application/octet-stream" : attachment.mediaType(), content,
				TipIntake.sha256(content), addedBy, addedAt);
	}

	String getId() {
		return id;
	}

	String getReference() {
		return reference;
	}

	String getFileName() {
		return fileName;
	}

	String getMediaType() {
		return mediaType;
	}

	long getSizeBytes() {
		return sizeBytes;
	}

	String getSha256() {
		return sha256;
	}

	byte[] getContent() {
		return content;
	}

	String getAddedBy() {
		return addedBy;
	}

	Instant getAddedAt() {
		return addedAt;
	}

}
