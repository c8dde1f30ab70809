package org.unoda.poa.reporting.capacity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Which open offers could meet which open needs: the same pillar, topic and form of help; an
 * offer for the need's region or for every region; in the language the State asked for; and
 * not from the State in need itself. Pairs already matched are not suggested again. The most
 * urgent needs come first, and for each need the offers made for its region before those for
 * every region.
 */
final class MatchSuggestions {

	private static final Comparator<MatchSuggestion> ORDER = Comparator
		.comparing((MatchSuggestion s) -> s.need().getUrgency(), Comparator.reverseOrder())
		.thenComparing((s) -> s.need().getId())
		.thenComparing(MatchSuggestion::regionExact, Comparator.reverseOrder())
		.thenComparing((s) -> s.offer().getId());

	private MatchSuggestions() {
	}

	/**
	 * @param needs the needs to find offers for; only open ones are considered
	 * @param offers the offers; only open ones are considered
	 * @param matched the pairs already matched, written {@code needId:offerId}
	 */
	static List<MatchSuggestion> suggest(Collection<CapacityNeed> needs, Collection<CapacityOffer> offers,
			Set<String> matched) {
		List<MatchSuggestion> suggestions = new ArrayList<>();
		for (CapacityNeed need : needs) {
			if (!need.isOpen()) {
				continue;
			}
			for (CapacityOffer offer : offers) {
				if (fits(need, offer) && !matched.contains(need.getId() + ":" + offer.getId())) {
					suggestions.add(new MatchSuggestion(need, offer,
							offer.getRegion().isPresent() && offer.getRegion().equals(need.getRegion())));
				}
			}
		}
		suggestions.sort(ORDER);
		return suggestions;
	}

	static boolean fits(CapacityNeed need, CapacityOffer offer) {
		return offer.isOpen() && offer.getAssistance().sameAs(need.getAssistance())
				&& offer.covers(need.getRegion().orElse(null)) && offer.speaks(need.getLanguage())
				&& !Objects.equals(offer.getState().map((state) -> state.getId()).orElse(null),
						need.getState().getId());
	}

}
