package org.unoda.poa.web.meeting;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.unoda.poa.core.language.OfficialLanguages;
import org.unoda.poa.core.meeting.Meeting;
import org.unoda.poa.core.meeting.MeetingType;

/**
 * The title the planner proposes for a meeting of the cycle ("Working group session, 2029"),
 * in the language meeting titles are written in and in the five others, from the message
 * bundles: a meeting accepted under its proposed title has it in all six languages at once.
 */
@Component
class ProposedTitles {

	private final MessageSource messages;

	ProposedTitles(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * The proposed title as written, in English.
	 */
	String written(MeetingType type, int year) {
		return in(Meeting.WRITTEN_IN, type, year);
	}

	/**
	 * The translations of the proposed title when the title chosen is the proposed one; none
	 * when the secretariat wrote its own, which it translates on the meeting's page.
	 */
	Map<String, String> translationsOf(String chosen, MeetingType type, int year) {
		Map<String, String> translations = new LinkedHashMap<>();
		if (chosen.equals(written(type, year))) {
			OfficialLanguages.CODES.stream()
				.filter((language) -> !language.equals(Meeting.WRITTEN_IN))
				.forEach((language) -> translations.put(language, in(language, type, year)));
		}
		return translations;
	}

	private String in(String language, MeetingType type, int year) {
		return this.messages.getMessage("planning.defaultTitle." + type.name(), new Object[] { String.valueOf(year) },
				Locale.forLanguageTag(language));
	}

}
