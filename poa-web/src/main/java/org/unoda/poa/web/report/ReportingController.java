package org.unoda.poa.web.report;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.unoda.poa.core.report.NationalReport;
import org.unoda.poa.core.report.NationalReports;
import org.unoda.poa.core.report.ReportWorkflowException;
import org.unoda.poa.core.state.States;
import org.unoda.poa.core.user.Viewer;
import org.unoda.poa.reporting.cycle.ReportingCycle;
import org.unoda.poa.reporting.cycle.ReportingCycles;
import org.unoda.poa.reporting.filing.Filing;
import org.unoda.poa.web.layout.UnLanguage;

/**
 * Where reporting starts: a delegate sees the cycles open for filing and the State's report in
 * each, with a button to start or continue; the secretariat sees every cycle and the
 * templates.
 */
@Controller
class ReportingController {

	static final String VIEW_INDEX = "reporting/index";

	private final ReportingCycles cycles;

	private final NationalReports reports;

	private final Filing filing;

	private final States states;

	ReportingController(ReportingCycles cycles, NationalReports reports, Filing filing, States states) {
		this.cycles = cycles;
		this.reports = reports;
		this.filing = filing;
		this.states = states;
	}

	@GetMapping("/reporting")
	String index(Viewer viewer, Model model) {
		List<ReportingCycle> all = this.cycles.all();
		model.addAttribute("cycles", all);
		model.addAttribute("today", this.cycles.today());
		if (viewer.isStateUser()) {
			Map<Long, NationalReport> ownByCycle = this.reports
				.readableBy(viewer, this.states.find(viewer.stateId()).orElseThrow())
				.stream()
				.filter((r) -> viewer.representsState(r.getState().getId()))
				.sorted(Comparator.comparing(NationalReport::getRevision).reversed())
				.collect(Collectors.toMap(NationalReport::getCycleId, Function.identity(), (a, b) -> a,
						LinkedHashMap::new));
			model.addAttribute("own", ownByCycle);
		}
		return VIEW_INDEX;
	}

	@PostMapping("/reporting/cycles/{cycleId}/report")
	String startOrResume(@PathVariable Long cycleId, Viewer viewer, Locale locale, RedirectAttributes redirect) {
		try {
			NationalReport report = this.filing.startOrResume(viewer, cycleId,
					UnLanguage.orEnglish(locale).getCode());
			return "redirect:/reports/" + report.getId()
					+ (report.isEditableBy(viewer) ? "/edit" : "");
		}
		catch (ReportWorkflowException ex) {
			redirect.addFlashAttribute("flashError", ex.messageKey());
			return "redirect:/reporting";
		}
	}

}
