package org.unoda.poa.core.language;

import java.util.List;

/**
 * The six official languages of the United Nations, as ISO 639-1 codes in the order the UN
 * lists them.
 */
public final class OfficialLanguages {

	public static final List<String> CODES = List.of("ar", "zh", "en", "fr", "ru", "es");

	private OfficialLanguages() {
	}

	public static boolean isOfficial(String language) {
		return CODES.contains(language);
	}

}
