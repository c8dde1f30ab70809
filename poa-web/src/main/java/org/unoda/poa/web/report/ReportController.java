package org.unoda.poa.web.report;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.unoda.poa.core.report.NationalReports;
import org.unoda.poa.core.user.Viewer;

/**
 * The national reports the viewer may read, and each report's page.
 */
@Controller
class ReportController {

	static final String VIEW_LIST = "reports/list";

	static final String VIEW_DETAIL = "reports/detail";

	private static final Limit LIST_SIZE = Limit.of(200);

	private final NationalReports reports;

	ReportController(NationalReports reports) {
		this.reports = reports;
	}

	@GetMapping("/reports")
	String list(Viewer viewer, Model model) {
		model.addAttribute("reports", this.reports.readableBy(viewer, LIST_SIZE));
		return VIEW_LIST;
	}

	@GetMapping("/reports/{id}")
	String show(@PathVariable Long id, Viewer viewer, Model model) {
		model.addAttribute("report", this.reports.get(id, viewer));
		return VIEW_DETAIL;
	}

}
