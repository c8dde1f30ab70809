package org.unoda.poa.reporting.capacity;

import org.unoda.poa.core.FieldRejectedException;

/**
 * Checks on the texts needs, offers and matches carry.
 */
final class Texts {

	private Texts() {
	}

	/**
	 * @throws FieldRejectedException when the text is blank or longer than the limit
	 */
	static void require(String field, String text, int limit) {
		if (text == null || text.isBlank()) {
			throw new FieldRejectedException(field, "capacity." + field + "Required");
		}
		limit(field, text, limit);
	}

	/**
	 * @throws FieldRejectedException when the text, which may be empty, is longer than the limit
	 */
	static void limit(String field, String text, int limit) {
		if (text != null && text.strip().length() > limit) {
			throw new FieldRejectedException(field, "capacity.tooLong", limit);
		}
	}

	static String orNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
