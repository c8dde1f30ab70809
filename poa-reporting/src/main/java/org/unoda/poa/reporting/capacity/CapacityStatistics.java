package org.unoda.poa.reporting.capacity;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unoda.poa.core.framework.Pillar;
import org.unoda.poa.core.state.RegionalGroup;

/**
 * Counts needs, offers and matches for the figures, in three queries whatever their number.
 */
@Service
@Transactional(readOnly = true)
public class CapacityStatistics {

	private static final String LIVE_NEED = "status <> 'WITHDRAWN'";

	private static final String OPEN_OFFER = "status = 'OPEN'";

	private final JdbcClient jdbc;

	CapacityStatistics(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public CapacityFigures figures() {
		Map<NeedStatus, Long> needsByStatus = new EnumMap<>(NeedStatus.class);
		Map<String, long[]> byPillar = new HashMap<>();
		Map<String, long[]> byRegion = new HashMap<>();
		long[][] gender = new long[GenderFocus.values().length][2];
		this.jdbc.sql("""
				select 0 as side, status, pillar, region, womens_participation, gender_digital_divide, count(*) as n
				from capacity_need where %s
				group by status, pillar, region, womens_participation, gender_digital_divide
				union all
				select 1, status, pillar, region, womens_participation, gender_digital_divide, count(*)
				from capacity_offer where %s
				group by status, pillar, region, womens_participation, gender_digital_divide
				""".formatted(LIVE_NEED, OPEN_OFFER)).query((RowCallbackHandler) (rs) -> {
			int side = rs.getInt("side");
			long n = rs.getLong("n");
			if (side == 0) {
				needsByStatus.merge(NeedStatus.valueOf(rs.getString("status")), n, Long::sum);
			}
			byPillar.computeIfAbsent(rs.getString("pillar"), (key) -> new long[2])[side] += n;
			byRegion.computeIfAbsent(String.valueOf(rs.getString("region")), (key) -> new long[2])[side] += n;
			boolean women = rs.getBoolean("womens_participation");
			boolean divide = rs.getBoolean("gender_digital_divide");
			if (women) {
				gender[GenderFocus.WOMENS_PARTICIPATION.ordinal()][side] += n;
			}
			if (divide) {
				gender[GenderFocus.GENDER_DIGITAL_DIVIDE.ordinal()][side] += n;
			}
			if (!women && !divide) {
				gender[GenderFocus.NEITHER.ordinal()][side] += n;
			}
		});
		for (NeedStatus status : NeedStatus.values()) {
			if (status != NeedStatus.WITHDRAWN) {
				needsByStatus.putIfAbsent(status, 0L);
			}
		}
		Map<MatchStatus, Long> matchesByStatus = new EnumMap<>(MatchStatus.class);
		for (MatchStatus status : MatchStatus.values()) {
			matchesByStatus.put(status, 0L);
		}
		this.jdbc.sql("select status, count(*) as n from capacity_match group by status")
			.query((RowCallbackHandler) (rs) -> matchesByStatus.put(MatchStatus.valueOf(rs.getString("status")),
					rs.getLong("n")));
		long openOffers = this.jdbc.sql("select count(*) from capacity_offer where " + OPEN_OFFER)
			.query(Long.class)
			.single();
		List<Tally<GenderFocus>> byGender = new ArrayList<>();
		for (GenderFocus focus : GenderFocus.values()) {
			byGender.add(new Tally<>(focus, gender[focus.ordinal()][0], gender[focus.ordinal()][1]));
		}
		List<RegionalGroup> regions = new ArrayList<>(List.of(RegionalGroup.values()));
		regions.add(null);
		return new CapacityFigures(needsByStatus, openOffers, tallies(List.of(Pillar.values()), byPillar, Pillar::name),
				tallies(regions, byRegion, (region) -> String.valueOf((region != null) ? region.name() : null)),
				byGender, matchesByStatus);
	}

	private static <K> List<Tally<K>> tallies(List<K> keys, Map<String, long[]> counts, Function<K, String> name) {
		List<Tally<K>> tallies = new ArrayList<>();
		for (K key : keys) {
			long[] count = counts.getOrDefault(name.apply(key), new long[2]);
			tallies.add(new Tally<>(key, count[0], count[1]));
		}
		return tallies;
	}

}
