package org.unoda.poa.core.communication;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * How a group of contacts answered a check.
 *
 * @param targeted the number of contacts messaged
 * @param acknowledged how many acknowledged
 * @param failed how many could not be reached by mail
 * @param medianResponseTime the median time to acknowledge, if anyone did
 */
public record ResponseRate(int targeted, int acknowledged, int failed, Optional<Duration> medianResponseTime) {

	static ResponseRate of(Collection<CheckMessage> messages) {
		List<Duration> times = messages.stream()
			.map(CheckMessage::getResponseTime)
			.flatMap(Optional::stream)
			.sorted()
			.toList();
		int acknowledged = (int) messages.stream().filter(m -> m.getStatus() == MessageStatus.ACKNOWLEDGED).count();
		int failed = (int) messages.stream().filter(m -> m.getStatus() == MessageStatus.FAILED).count();
		return new ResponseRate(messages.size(), acknowledged, failed, median(times));
	}

	/**
	 * The share of targeted contacts that acknowledged, from 0 to 100.
	 */
	public int percent() {
		return (this.targeted == 0) ? 0 : Math.round(100f * this.acknowledged / this.targeted);
	}

	private static Optional<Duration> median(List<Duration> sorted) {
		if (sorted.isEmpty()) {
			return Optional.empty();
		}
		int middle = sorted.size() / 2;
		return Optional.of((sorted.size() % 2 == 1) ? sorted.get(middle)
				: sorted.get(middle - 1).plus(sorted.get(middle)).dividedBy(2));
	}

}
