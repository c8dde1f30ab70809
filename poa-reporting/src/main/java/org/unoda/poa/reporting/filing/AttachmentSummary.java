package org.unoda.poa.reporting.filing;

import java.time.Instant;

/**
 * An attachment as a report page lists it.
 *
 * @param id the attachment
 * @param questionId the question it answers
 * @param filename the file's name
 * @param contentType the type recognised from its content
 * @param size its size in bytes
 * @param createdAt when it was attached
 */
public record AttachmentSummary(Long id, Long questionId, String filename, String contentType, long size,
		Instant createdAt) {

}
