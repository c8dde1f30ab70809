package org.unoda.poa.core.file;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/**
 * An accepted upload. Never changed once stored; records that use it point to it.
 */
@Entity
@Immutable
@Table(name = "stored_file")
public class StoredFile {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String filename;

	private String contentType;

	@Column(name = "size_bytes")
	private long size;

	private String sha256;

	private byte[] content;

	private Instant createdAt;

	private String createdBy;

	protected StoredFile() {
	}

	StoredFile(String filename, String contentType, byte[] content, String sha256, Instant createdAt,
			String createdBy) {
		this.filename = filename;
		this.contentType = contentType;
		this.size = content.length;
		this.content = content;
		this.sha256 = sha256;
		this.createdAt = createdAt;
		this.createdBy = createdBy;
	}

	public Long getId() {
		return this.id;
	}

	public String getFilename() {
		return this.filename;
	}

	public String getContentType() {
		return this.contentType;
	}

	public long getSize() {
		return this.size;
	}

	public String getSha256() {
		return this.sha256;
	}

	public byte[] getContent() {
		return this.content;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public String getCreatedBy() {
		return this.createdBy;
	}

}
