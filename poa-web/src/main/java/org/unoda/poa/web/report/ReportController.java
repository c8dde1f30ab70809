package org.unoda.poa.web.report;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.unoda.poa.core.report.NationalReport;
import org.unoda.poa.core.report.NationalReports;
import org.unoda.poa.core.report.ReportVisibility;
import org.unoda.poa.core.user.Viewer;
import org.unoda.poa.reporting.filing.AnswerValue;
import org.unoda.poa.reporting.filing.ReportContent;
import org.unoda.poa.reporting.filing.ReportReading;
import org.unoda.poa.reporting.synthesis.ReportSearch;
import org.unoda.poa.web.layout.Downloads;
import org.unoda.poa.web.layout.UnLanguage;

/**
 * The national reports the viewer may read: the list and full-text search, each report's
 * page with its versions and history, the print view and PDF, the comparison of two versions,
 * and attachments.
 */
@Controller
class ReportController {

	static final String VIEW_LIST = "reports/list";

	static final String VIEW_DETAIL = "reports/detail";

	static final String VIEW_PRINT = "reports/print";

	static final String VIEW_COMPARE = "reports/compare";

	/** How many reports the list shows at a time, newest first. */
	private static final int PAGE_SIZE = 50;

	private static final int SEARCH_SIZE = 50;

	private final NationalReports reports;

	private final ReportReading reading;

	private final ReportSearch search;

	private final ReportPdf pdf;

	ReportController(NationalReports reports, ReportReading reading, ReportSearch search, ReportPdf pdf) {
		this.reports = reports;
		this.reading = reading;
		this.search = search;
		this.pdf = pdf;
	}

	@GetMapping("/reports")
	String list(@RequestParam(name = "q", required = false) String query, @RequestParam(defaultValue = "0") int page,
			Viewer viewer, Model model) {
		if (query != null && !query.isBlank()) {
			model.addAttribute("query", query);
			model.addAttribute("hits", this.search.search(viewer, query, SEARCH_SIZE));
		}
		else {
			Page<NationalReport> reports = this.reports.readableBy(viewer, PageRequest.of(Math.max(page, 0), PAGE_SIZE));
			model.addAttribute("reports", reports.getContent());
			model.addAttribute("reportsPage", reports);
		}
		return VIEW_LIST;
	}

	@GetMapping("/reports/{id}")
	String show(@PathVariable Long id, Viewer viewer, Model model) {
		ReportContent content = this.reading.content(id, viewer).in(UnLanguage.ofReader());
		model.addAttribute("content", content);
		model.addAttribute("report", content.report());
		model.addAttribute("history", this.reading.history(id, viewer));
		model.addAttribute("emptyAnswer", AnswerValue.EMPTY);
		model.addAttribute("visibilities", ReportVisibility.values());
		model.addAttribute("reportLanguages", UnLanguage.values());
		model.addAttribute("ownState", viewer.representsState(content.report().getState().getId()));
		model.addAttribute("approver", viewer.isApproverOf(content.report().getState().getId()));
		return VIEW_DETAIL;
	}

	@GetMapping("/reports/{id}/print")
	String print(@PathVariable Long id, Viewer viewer, Model model) {
		ReportContent content = this.reading.content(id, viewer).in(UnLanguage.ofReader());
		model.addAttribute("content", content);
		model.addAttribute("report", content.report());
		model.addAttribute("emptyAnswer", AnswerValue.EMPTY);
		return VIEW_PRINT;
	}

	@GetMapping("/reports/{id}/pdf")
	ResponseEntity<byte[]> pdf(@PathVariable Long id, Viewer viewer) {
		ReportContent content = this.reading.content(id, viewer).in(UnLanguage.ofReader());
		return Downloads.pdf(this.pdf.render(content),
				"report-" + content.report().getState().getAlpha3() + "-" + id + ".pdf");
	}

	@GetMapping("/reports/{id}/compare")
	String compare(@PathVariable Long id, @RequestParam("with") Long otherId, Viewer viewer, Model model) {
		model.addAttribute("comparison", this.reading.compare(id, otherId, viewer));
		model.addAttribute("emptyAnswer", AnswerValue.EMPTY);
		return VIEW_COMPARE;
	}

	@GetMapping("/reports/{id}/attachments/{attachmentId}")
	ResponseEntity<byte[]> attachment(@PathVariable Long id, @PathVariable Long attachmentId, Viewer viewer) {
		return Downloads.of(this.reading.attachment(id, attachmentId, viewer));
	}

}
