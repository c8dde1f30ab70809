package org.unoda.poa.web.capacity;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.unoda.poa.core.user.Viewer;
import org.unoda.poa.reporting.capacity.CapacityMatching;
import org.unoda.poa.reporting.capacity.CapacityNeeds;
import org.unoda.poa.reporting.capacity.CapacityOffers;
import org.unoda.poa.reporting.capacity.CapacityStatistics;
import org.unoda.poa.web.layout.ListPages;

/**
 * The capacity-building overview: figures and charts for everyone; the needs each viewer may
 * read; open offers for signed-in users; a State's or organisation's own needs, offers and
 * matches; and, for the secretariat, the matches the platform suggests.
 */
@Controller
class CapacityController {

	static final String VIEW = "capacity/index";

	/** How many rows each list of the overview shows at a time. */
	static final int PAGE_SIZE = 50;

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
	String capacity(@ModelAttribute("at") ListPositions at, Viewer viewer, Model model) {
		model.addAttribute("figures", this.statistics.figures());
		model.addAttribute("needs", ListPages.of(this.needs.visibleTo(viewer), at.needs(), PAGE_SIZE));
		model.addAttribute("offers", ListPages.of(this.offers.visibleTo(viewer), at.offers(), PAGE_SIZE));
		model.addAttribute("mayOffer", this.offers.mayOffer(viewer));
		model.addAttribute("ownNeeds", this.needs.ofOwnState(viewer));
		model.addAttribute("ownOffers", this.offers.ofOwn(viewer));
		model.addAttribute("matches", ListPages.of(this.matching.visibleTo(viewer), at.matches(), PAGE_SIZE));
		model.addAttribute("reportsStatingNeeds", this.needs.reportsStatingNeeds(viewer));
		if (viewer.isSecretariatOrAdmin()) {
			model.addAttribute("suggestions",
					ListPages.of(this.matching.suggestions(), at.suggestions(), PAGE_SIZE));
		}
		return VIEW;
	}

	/**
	 * Which page of each list the overview shows, each from 0 (the first when not given).
	 *
	 * @param needs the page of needs
	 * @param offers the page of open offers
	 * @param matches the page of matches
	 * @param suggestions the page of suggested matches
	 */
	record ListPositions(Integer needs, Integer offers, Integer matches, Integer suggestions) {

		ListPositions {
			needs = first(needs);
			offers = first(offers);
			matches = first(matches);
			suggestions = first(suggestions);
		}

		private static Integer first(Integer page) {
			return (page != null) ? page : 0;
		}

	}

}
