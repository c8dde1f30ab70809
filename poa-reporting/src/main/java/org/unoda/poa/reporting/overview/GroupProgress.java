package org.unoda.poa.reporting.overview;

import java.util.List;

import org.unoda.poa.core.state.RegionalGroup;

/**
 * The figures of a group of States (a regional group, or all States).
 *
 * @param group the regional group; {@code null} for all States or for States in none
 * @param states how many States
 * @param submitted how many submitted
 * @param inProgress how many are drafting or reviewing
 * @param notStarted how many have not started
 * @param onTime how many submitted on time
 * @param late how many submitted late
 * @param averageCompleteness the average share of questions answered, over States that
 * started, 0 to 100
 */
public record GroupProgress(RegionalGroup group, int states, int submitted, int inProgress, int notStarted,
		int onTime, int late, int averageCompleteness) {

	static GroupProgress of(RegionalGroup group, List<StateProgress> members) {
		int submitted = count(members, Progress.SUBMITTED);
		int notStarted = count(members, Progress.NOT_STARTED);
		int onTime = (int) members.stream().filter((m) -> Boolean.TRUE.equals(m.onTime())).count();
		int late = (int) members.stream().filter(StateProgress::isLate).count();
		int average = (int) Math.round(members.stream()
			.filter((m) -> m.progress() != Progress.NOT_STARTED)
			.mapToInt(StateProgress::completeness)
			.average()
			.orElse(0));
		return new GroupProgress(group, members.size(), submitted, members.size() - submitted - notStarted,
				notStarted, onTime, late, average);
	}

	private static int count(List<StateProgress> members, Progress progress) {
		return (int) members.stream().filter((m) -> m.progress() == progress).count();
	}

	/**
	 * The share of States that submitted, 0 to 100.
	 */
	public int submissionRate() {
		return (this.states == 0) ? 0 : Math.round(100f * this.submitted / this.states);
	}

}
