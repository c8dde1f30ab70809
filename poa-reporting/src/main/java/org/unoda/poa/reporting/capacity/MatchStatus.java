package org.unoda.poa.reporting.capacity;

import java.util.Set;

/**
 * A confirmed match followed to its outcome: confirmed, the parties put in contact; agreed,
 * they settled what will be done; delivered; or closed without result.
 */
public enum MatchStatus {

	CONFIRMED, AGREED, DELIVERED, CLOSED_WITHOUT_RESULT;

	public String messageKey() {
		return "matchStatus." + name();
	}

	/**
	 * Whether the match is still under way.
	 */
	public boolean isLive() {
		return this == CONFIRMED || this == AGREED;
	}

	/**
	 * The outcomes the secretariat may record next.
	 */
	public Set<MatchStatus> next() {
		return switch (this) {
			case CONFIRMED -> Set.of(AGREED, DELIVERED, CLOSED_WITHOUT_RESULT);
			case AGREED -> Set.of(DELIVERED, CLOSED_WITHOUT_RESULT);
			case DELIVERED, CLOSED_WITHOUT_RESULT -> Set.of();
		};
	}

}
