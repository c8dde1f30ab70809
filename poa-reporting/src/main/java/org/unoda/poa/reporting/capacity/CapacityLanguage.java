package org.unoda.poa.reporting.capacity;

import java.util.List;

/**
 * The six official languages of the United Nations, which help is asked for and given in, by
 * their codes.
 */
final class CapacityLanguage {

	static final List<String> CODES = List.of("ar", "zh", "en", "fr", "ru", "es");

	private CapacityLanguage() {
	}

	static boolean isKnown(String code) {
		return CODES.contains(code);
	}

}
