package org.unoda.poa.reporting.filing;

import java.time.Instant;

import org.unoda.poa.core.report.NationalReport;
import org.unoda.poa.core.report.ReportStatus;

/**
 * One version of a report, in the list of versions.
 *
 * @param id the version's report identifier
 * @param revision its number, from 1
 * @param status where it stands
 * @param submittedAt when it was submitted, {@code null} if not
 * @param superseded whether a newer version replaced it
 */
public record VersionSummary(Long id, int revision, ReportStatus status, Instant submittedAt, boolean superseded) {

	static VersionSummary of(NationalReport report) {
		return new VersionSummary(report.getId(), report.getRevision(), report.getStatus(),
				report.getSubmittedAt().orElse(null), report.isSuperseded());
	}

}
