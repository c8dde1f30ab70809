package org.unoda.poa.core.file;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

import org.apache.tika.Tika;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Decides whether an upload is accepted: documents only (PDF, Word, Excel, PowerPoint,
 * OpenDocument, plain text, CSV), no larger than the configured size, and with a name that
 * agrees with the content. The type is recognised from the bytes, so a program renamed
 * {@code report.pdf} is refused.
 */
@Component
public class UploadPolicy {

	static final Set<String> ACCEPTED_TYPES = Set.of("application/pdf", "application/msword",
			"application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/vnd.ms-excel",
			"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/vnd.ms-powerpoint",
			"application/vnd.openxmlformats-officedocument.presentationml.presentation",
			"application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.spreadsheet",
			"application/vnd.oasis.opendocument.presentation", "text/plain", "text/csv");

	private static final int MAX_NAME_LENGTH = 200;

	private final Tika tika = new Tika();

	private final DataSize maxSize;

	UploadPolicy(@Value("${poa.uploads.max-size:20MB}") DataSize maxSize) {
		this.maxSize = maxSize;
	}

	public DataSize getMaxSize() {
		return this.maxSize;
	}

	/**
	 * Checks an upload and returns it as it will be stored.
	 * @throws RefusedUploadException when it is not accepted
	 */
	public AcceptedUpload check(Upload upload) {
		if (upload.content().length == 0) {
			throw new RefusedUploadException(RefusedUploadException.Reason.EMPTY);
		}
		if (upload.content().length > this.maxSize.toBytes()) {
			throw new RefusedUploadException(RefusedUploadException.Reason.TOO_LARGE, this.maxSize.toMegabytes());
		}
		String filename = sanitise(upload.filename());
		String byContent = detect(upload.content(), null);
		String byBoth = detect(upload.content(), filename);
		if (!ACCEPTED_TYPES.contains(byBoth)) {
			throw new RefusedUploadException(RefusedUploadException.Reason.TYPE_NOT_ACCEPTED);
		}
		String byName = this.tika.detect(filename);
		if (!byName.equals(byBoth) && !isPlainTextFamily(byName, byBoth)) {
			throw new RefusedUploadException(RefusedUploadException.Reason.NAME_DOES_NOT_MATCH_CONTENT);
		}
		if (byContent.startsWith("text/") && !byBoth.startsWith("text/")) {
			// text that merely carries a document's name
			throw new RefusedUploadException(RefusedUploadException.Reason.NAME_DOES_NOT_MATCH_CONTENT);
		}
		return new AcceptedUpload(filename, byBoth, upload.content());
	}

	private static boolean isPlainTextFamily(String byName, String detected) {
		return byName.startsWith("text/") && detected.startsWith("text/");
	}

	private String detect(byte[] content, String filename) {
		Metadata metadata = new Metadata();
		if (filename != null) {
			metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, filename);
		}
		try {
			MediaType type = this.tika.getDetector().detect(new ByteArrayInputStream(content), metadata);
			return type.getBaseType().toString();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A file name safe to store and to send back in a header: no path, no control or
	 * reserved characters, not empty, and not too long (the extension is kept).
	 */
	static String sanitise(String filename) {
		String name = (filename != null) ? filename : "";
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		name = Normalizer.normalize(name, Normalizer.Form.NFC)
			.replaceAll("[\\p{Cntrl}\"*:<>?|\\\\/]", "_")
			.replaceAll("^[.\\s]+", "")
			.strip();
		if (name.isEmpty()) {
			name = "file";
		}
		if (name.length() > MAX_NAME_LENGTH) {
			int dot = name.lastIndexOf('.');
			String extension = (dot > 0 && name.length() - dot <= 10) ? name.substring(dot) : "";
			name = name.substring(0, MAX_NAME_LENGTH - extension.length()) + extension;
		}
		return name;
	}

	/**
	 * An upload that passed the checks.
	 *
	 * @param filename the sanitised name
	 * @param contentType the type recognised from the content
	 * @param content the bytes
	 */
	public record AcceptedUpload(String filename, String contentType, byte[] content) {

		public String extension() {
			int dot = this.filename.lastIndexOf('.');
			return (dot > 0) ? this.filename.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
		}

	}

}
