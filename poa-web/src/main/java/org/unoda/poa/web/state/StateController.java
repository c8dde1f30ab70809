package org.unoda.poa.web.state;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.unoda.poa.core.contact.Directory;
import org.unoda.poa.core.report.NationalReport;
import org.unoda.poa.core.report.NationalReports;
import org.unoda.poa.core.state.RegionalGroup;
import org.unoda.poa.core.state.State;
import org.unoda.poa.core.state.States;
import org.unoda.poa.core.user.Viewer;

/**
 * The States list, filterable by regional group, and a page per State showing what the viewer
 * may see of it.
 */
@Controller
class StateController {

	static final String VIEW_LIST = "states/list";

	static final String VIEW_DETAIL = "states/detail";

	private final States states;

	private final NationalReports reports;

	private final Directory directory;

	StateController(States states, NationalReports reports, Directory directory) {
		this.states = states;
		this.reports = reports;
		this.directory = directory;
	}

	@GetMapping("/states")
	String list(@RequestParam(name = "group", required = false) RegionalGroup group, Locale locale, Model model) {
		List<State> shown = this.states.all()
			.stream()
			.filter(state -> group == null || state.getRegionalGroup().filter(group::equals).isPresent())
			.sorted(Comparator.comparing(state -> state.getName(locale), Collator.getInstance(locale)))
			.toList();
		model.addAttribute("states", shown);
		model.addAttribute("groups", RegionalGroup.values());
		model.addAttribute("selectedGroup", group);
		return VIEW_LIST;
	}

	@GetMapping("/states/{code}")
	String show(@PathVariable String code, Viewer viewer, Model model) {
		State state = this.states.get(code);
		List<NationalReport> reports = this.reports.readableBy(viewer, state);
		model.addAttribute("state", state);
		model.addAttribute("reports", reports);
		model.addAttribute("ownState", viewer.representsState(state.getId()));
		if (this.directory.canRead(viewer)) {
			model.addAttribute("contacts", this.directory.contactsOf(viewer, state));
			model.addAttribute("staleBefore", this.directory.staleBefore());
			model.addAttribute("canManage", this.directory.canManage(viewer, state.getId()));
			model.addAttribute("canConfirm", this.directory.canConfirm(viewer, state.getId()));
		}
		return VIEW_DETAIL;
	}

}
