package vn.vidan.request;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/** A document handed in with a dossier: which catalogue document it is, and the file with its SHA-256. */
@Entity
@Table(name = "req_document")
public class RequestDocument {

	@Id
	private String id;

	@Column(name = "receipt_code")
	private String receiptCode;

	@Column(name = "document_code")
	private String documentCode;

	@Column(name = "file_name")
	private String fileName;

	@Column(name = "content_type")
	private String contentType;

	@Column(name = "size_bytes")
	private long sizeBytes;

	private String sha256;

	@Lob
	@Basic(fetch = FetchType.LAZY)
	private byte[] content;

	@Column(name = "received_at")
	private Instant receivedAt;

	protected RequestDocument() {
	}

	RequestDocument(String receiptCode, String documentCode, String fileName, String contentType, byte[] content,
			String sha256, Instant receivedAt) {
		this.id = UUID.randomUUID().toString();
		this.receiptCode = receiptCode;
		this.documentCode = documentCode;
		this.fileName = fileName;
		this.contentType = contentType;
		this.content = content;
		this.sizeBytes = content == null ? 0 : content.length;
		this.sha256 = sha256;
		this.receivedAt = receivedAt;
	}

	/** A document checked at intake, before its dossier has a receipt code. */
	record Pending(String documentCode, String fileName, String contentType, byte[] content, String sha256) {

		RequestDocument forRequest(String receiptCode, Instant receivedAt) {
			return new RequestDocument(receiptCode, documentCode, fileName, contentType, content, sha256, receivedAt);
		}

	}

	public String getId() {
		return id;
	}

	/** The file as received; read only by the dossier's page for officers of its unit. */
	byte[] getContent() {
		return content;
	}

	public String getDocumentCode() {
		return documentCode;
	}

	public String getFileName() {
		return fileName;
	}

	public String getContentType() {
		return contentType;
	}

	public long getSizeBytes() {
		return sizeBytes;
	}

	public String getSha256() {
		return sha256;
	}

	public Instant getReceivedAt() {
		return receivedAt;
	}

}
