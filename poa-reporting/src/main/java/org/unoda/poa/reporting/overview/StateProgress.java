package org.unoda.poa.reporting.overview;

import java.time.Instant;

import org.unoda.poa.core.state.State;

/**
 * One State in a cycle.
 *
 * @param state the State
 * @param progress where it stands
 * @param completeness the share of questions answered in its current version, 0 to 100
 * @param submittedAt when it first submitted, {@code null} if not yet
 * @param onTime whether that was on or before the deadline; {@code null} if not submitted
 * @param reportId its current version, {@code null} if not started
 */
public record StateProgress(State state, Progress progress, int completeness, Instant submittedAt, Boolean onTime,
		Long reportId) {

	public boolean isLate() {
		return Boolean.FALSE.equals(this.onTime);
	}

}
