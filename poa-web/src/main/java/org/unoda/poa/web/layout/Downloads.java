package org.unoda.poa.web.layout;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.unoda.poa.core.file.StoredFile;

/**
 * Files sent to the browser: always as attachments, never to be displayed or sniffed as
 * anything else.
 */
public final class Downloads {

	private Downloads() {
	}

	public static ResponseEntity<byte[]> of(StoredFile file) {
		return of(file.getContent(), MediaType.parseMediaType(file.getContentType()), file.getFilename());
	}

	public static ResponseEntity<byte[]> pdf(byte[] content, String filename) {
		return of(content, MediaType.APPLICATION_PDF, filename);
	}

	public static ResponseEntity<byte[]> of(byte[] content, MediaType type, String filename) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(content);
	}

}
