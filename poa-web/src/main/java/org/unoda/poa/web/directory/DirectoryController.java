package org.unoda.poa.web.directory;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.unoda.poa.core.contact.ContactLevel;
import org.unoda.poa.core.contact.ContactStatus;
import org.unoda.poa.core.contact.Directory;
import org.unoda.poa.core.state.RegionalGroup;
import org.unoda.poa.core.state.States;
import org.unoda.poa.core.user.Viewer;

/**
 * The directory: a searchable list of contacts for States' users and the secretariat; for the
 * public, only which States have nominated, per level.
 */
@Controller
class DirectoryController {

	static final String VIEW_SEARCH = "directory/search";

	static final String VIEW_PUBLIC = "directory/index";

	static final int PAGE_SIZE = 25;

	private final Directory directory;

	private final States states;

	DirectoryController(Directory directory, States states) {
		this.directory = directory;
		this.states = states;
	}

	@GetMapping("/directory")
	String directory(@ModelAttribute DirectoryQuery query, Viewer viewer, Locale locale, Model model) {
		if (!this.directory.canRead(viewer)) {
			Collator collator = Collator.getInstance(locale);
			model.addAttribute("nominations", this.directory.nominations()
				.stream()
				.sorted(Comparator.comparing(nomination -> nomination.state().getName(locale), collator))
				.toList());
			return VIEW_PUBLIC;
		}
		model.addAttribute("query", query);
		model.addAttribute("contacts", this.directory.search(viewer, query.search(),
				PageRequest.of(query.pageNumber(), PAGE_SIZE, query.sorting(locale))));
		model.addAttribute("staleBefore", this.directory.staleBefore());
		model.addAttribute("states", this.states.all());
		model.addAttribute("groups", RegionalGroup.values());
		model.addAttribute("levels", ContactLevel.values());
		model.addAttribute("statuses", ContactStatus.values());
		model.addAttribute("canManageOwnState", viewer.stateId() != null && this.directory.canManage(viewer, viewer.stateId()));
		return VIEW_SEARCH;
	}

}
