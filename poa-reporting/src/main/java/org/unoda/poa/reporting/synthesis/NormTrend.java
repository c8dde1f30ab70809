package org.unoda.poa.reporting.synthesis;

import java.util.List;
import java.util.Map;

import org.unoda.poa.core.framework.Norm;
import org.unoda.poa.reporting.cycle.ReportingCycle;

/**
 * How many States report implementing each norm, cycle by cycle: the answers to each norm's
 * first yes / partly / no question.
 *
 * @param cycles the cycles, oldest first
 * @param reports how many reports were counted per cycle, by cycle identifier
 * @param yes how many answered yes, by norm and cycle identifier
 * @param partly how many answered partly, by norm and cycle identifier
 */
public record NormTrend(List<ReportingCycle> cycles, Map<Long, Integer> reports, Map<Norm, Map<Long, Integer>> yes,
		Map<Norm, Map<Long, Integer>> partly) {

	public int yes(Norm norm, ReportingCycle cycle) {
		return this.yes.getOrDefault(norm, Map.of()).getOrDefault(cycle.getId(), 0);
	}

	public int partly(Norm norm, ReportingCycle cycle) {
		return this.partly.getOrDefault(norm, Map.of()).getOrDefault(cycle.getId(), 0);
	}

	public int reports(ReportingCycle cycle) {
		return this.reports.getOrDefault(cycle.getId(), 0);
	}

}
