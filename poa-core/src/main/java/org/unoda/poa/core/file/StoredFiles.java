package org.unoda.poa.core.file;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unoda.poa.core.NotFoundException;

/**
 * Stores accepted uploads and hands them back. Callers decide who may read a file: a file is
 * only ever reached through the record (report, document) that points to it.
 */
@Service
@Transactional(readOnly = true)
public class StoredFiles {

	private final StoredFileRepository files;

	private final UploadPolicy policy;

	private final Clock clock;

	StoredFiles(StoredFileRepository files, UploadPolicy policy, Clock clock) {
		this.files = files;
		this.policy = policy;
		this.clock = clock;
	}

	/**
	 * Checks and stores an upload, in the caller's transaction: if that rolls back, nothing
	 * is left behind.
	 * @throws RefusedUploadException when the upload is not accepted
	 */
	@Transactional
	public StoredFile store(Upload upload, String uploadedBy) {
		UploadPolicy.AcceptedUpload accepted = this.policy.check(upload);
		return this.files.save(new StoredFile(accepted.filename(), accepted.contentType(), accepted.content(),
				sha256(accepted.content()), this.clock.instant(), uploadedBy));
	}

	public StoredFile get(Long id) {
		return this.files.findById(id).orElseThrow(() -> new NotFoundException("file", id));
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
