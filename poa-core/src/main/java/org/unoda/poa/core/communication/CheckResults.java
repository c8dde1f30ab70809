package org.unoda.poa.core.communication;

import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.unoda.poa.core.contact.ContactLevel;
import org.unoda.poa.core.state.RegionalGroup;

/**
 * Where a check stands at a moment: every message, the counts, and response rates overall, by
 * regional group and by level.
 *
 * @param check the check
 * @param messages every message, by State
 * @param at the moment the results describe
 */
public record CheckResults(CommunicationCheck check, List<CheckMessage> messages, Instant at) {

	public long count(MessageStatus status) {
		return this.messages.stream().filter(message -> message.getStatus() == status).count();
	}

	public long pending() {
		return count(MessageStatus.PENDING);
	}

	public long sent() {
		return count(MessageStatus.SENT);
	}

	public long acknowledged() {
		return count(MessageStatus.ACKNOWLEDGED);
	}

	public long failed() {
		return count(MessageStatus.FAILED);
	}

	/**
	 * Sent, unanswered and past the response deadline.
	 */
	public long overdue() {
		return this.messages.stream().filter(message -> message.isOverdueAt(this.at)).count();
	}

	public ResponseRate overall() {
		return ResponseRate.of(this.messages);
	}

	/**
	 * Rates per regional group, in the groups' order; a State in no group is under
	 * {@code Optional.empty()}, last.
	 */
	public Map<Optional<RegionalGroup>, ResponseRate> byGroup() {
		Map<Optional<RegionalGroup>, List<CheckMessage>> grouped = this.messages.stream()
			.collect(Collectors.groupingBy(message -> message.getState().getRegionalGroup()));
		Map<Optional<RegionalGroup>, ResponseRate> rates = new LinkedHashMap<>();
		for (RegionalGroup group : RegionalGroup.values()) {
			List<CheckMessage> inGroup = grouped.get(Optional.of(group));
			if (inGroup != null) {
				rates.put(Optional.of(group), ResponseRate.of(inGroup));
			}
		}
		if (grouped.containsKey(Optional.<RegionalGroup>empty())) {
			rates.put(Optional.empty(), ResponseRate.of(grouped.get(Optional.<RegionalGroup>empty())));
		}
		return rates;
	}

	public Map<ContactLevel, ResponseRate> byLevel() {
		Map<ContactLevel, ResponseRate> rates = new EnumMap<>(ContactLevel.class);
		this.messages.stream()
			.collect(Collectors.groupingBy(CheckMessage::getLevel))
			.forEach((level, inLevel) -> rates.put(level, ResponseRate.of(inLevel)));
		return rates;
	}

}
