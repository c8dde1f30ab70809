package org.unoda.poa.reporting.capacity;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.unoda.poa.core.framework.Pillar;
import org.unoda.poa.core.state.RegionalGroup;

/**
 * Capacity-building in figures, for everyone: they count every need, published or not, but
 * never say which State's.
 *
 * @param needsByStatus the needs in each status, withdrawn ones aside
 * @param openOffers the open offers
 * @param byPillar needs and offers by pillar
 * @param byRegion needs and offers by regional group
 * @param byGenderFocus needs and offers by gender focus
 * @param matchesByStatus the matches at each stage
 */
public record CapacityFigures(Map<NeedStatus, Long> needsByStatus, long openOffers,
		List<Tally<Pillar>> byPillar, List<Tally<RegionalGroup>> byRegion,
		List<Tally<GenderFocus>> byGenderFocus, Map<MatchStatus, Long> matchesByStatus) {

	public long needs() {
		return this.needsByStatus.values().stream().mapToLong(Long::longValue).sum();
	}

	/**
	 * The largest count under any heading, which charts scale to.
	 */
	public long largest() {
		return Stream.of(this.byPillar, this.byRegion, this.byGenderFocus)
			.flatMap(List::stream)
			.mapToLong((tally) -> Math.max(tally.needs(), tally.offers()))
			.max()
			.orElse(0);
	}

}
