package org.unoda.poa.web.capacity;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.unoda.poa.core.user.Viewer;
import org.unoda.poa.reporting.capacity.CapacityMatching;
import org.unoda.poa.reporting.capacity.CapacityNeeds;
import org.unoda.poa.reporting.capacity.CapacityOffers;
import org.unoda.poa.reporting.capacity.CapacityStatistics;

/**
 * The capacity-building overview: figures and charts for everyone; the needs each viewer may
 * read; open offers for signed-in users; a State's or organisation's own needs, offers and
 * matches; and, for the secretariat, the matches the platform suggests.
 */
@Controller
class CapacityController {

	static final String VIEW = "capacity/index";

	private final CapacityStatistics statistics;

	private final CapacityNeeds needs;

	private final CapacityOffers offers;

	private final CapacityMatching matching;

	CapacityController(CapacityStatistics statistics, CapacityNeeds needs, CapacityOffers offers,
			CapacityMatching matching) {
		this.statistics = statistics;
		this.needs = needs;
		this.offers = offers;
		this.matching = matching;
	}

	@GetMapping("/capacity")
	String capacity(Viewer viewer, Model model) {
		model.addAttribute("figures", this.statistics.figures());
		model.addAttribute("needs", this.needs.visibleTo(viewer));
		model.addAttribute("offers", this.offers.visibleTo(viewer));
		model.addAttribute("mayOffer", this.offers.mayOffer(viewer));
		model.addAttribute("ownNeeds", this.needs.ofOwnState(viewer));
		model.addAttribute("ownOffers", this.offers.ofOwn(viewer));
		model.addAttribute("matches", this.matching.visibleTo(viewer));
		model.addAttribute("reportsStatingNeeds", this.needs.reportsStatingNeeds(viewer));
		if (viewer.isSecretariatOrAdmin()) {
			model.addAttribute("suggestions", this.matching.suggestions());
		}
		return VIEW;
	}

}
