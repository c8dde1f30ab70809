package org.unoda.poa.web.report;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.data.domain.Limit;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.unoda.poa.core.report.NationalReport;
import org.unoda.poa.core.report.NationalReports;
import org.unoda.poa.core.report.ReportStatus;
import org.unoda.poa.core.report.ReportVisibility;
import org.unoda.poa.core.user.Viewer;

/**
 * National reports in the API: the public gets published reports, signed-in users what their
 * role and State allow.
 */
@RestController
@RequestMapping("/api/v1/reports")
@Tag(name = "National reports", description = "Voluntary national reports, as far as the caller may read them")
class ReportApiController {

	private static final Limit LIST_SIZE = Limit.of(500);

	private final NationalReports reports;

	ReportApiController(NationalReports reports) {
		this.reports = reports;
	}

	@GetMapping
	@Operation(summary = "The reports the caller may read, newest first")
	List<ReportResource> list(Viewer viewer) {
		return this.reports.readableBy(viewer, LIST_SIZE).stream().map(ReportResource::of).toList();
	}

	@GetMapping("/{id}")
	@Operation(summary = "One report; 403 when it exists but the caller may not read it")
	ReportResource one(@PathVariable Long id, Viewer viewer) {
		return ReportResource.of(this.reports.get(id, viewer));
	}

	/**
	 * A report as the API shows it.
	 *
	 * @param id the report's identifier
	 * @param state the reporting State's alpha-3 code
	 * @param title the title
	 * @param status draft, in review or submitted
	 * @param visibility who the State lets read it
	 * @param language the language it was written in
	 * @param submittedAt when it was submitted, if it was
	 */
	record ReportResource(Long id, String state, String title, ReportStatus status, ReportVisibility visibility,
			String language, Instant submittedAt) {

		static ReportResource of(NationalReport report) {
			return new ReportResource(report.getId(), report.getState().getAlpha3(), report.getTitle(),
					report.getStatus(), report.getVisibility(), report.getLanguage(),
					report.getSubmittedAt().orElse(null));
		}

	}

}
