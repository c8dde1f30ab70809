package org.unoda.poa.reporting.overview;

import java.util.List;

import org.unoda.poa.reporting.cycle.ReportingCycle;

/**
 * A cycle's progress across all States.
 *
 * @param cycle the cycle
 * @param states every State, by name
 * @param groups the figures per regional group, States in no group last
 * @param total the figures for all States
 */
public record CycleProgress(ReportingCycle cycle, List<StateProgress> states, List<GroupProgress> groups,
		GroupProgress total) {

}
