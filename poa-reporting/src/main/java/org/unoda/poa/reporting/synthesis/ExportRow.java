package org.unoda.poa.reporting.synthesis;

import java.time.Instant;

/**
 * One State's answer to one question in one cycle, as exports write it.
 *
 * @param cycle the cycle's title
 * @param stateAlpha3 the State's code
 * @param stateName the State's name in English
 * @param regionalGroup the regional group's code, or empty
 * @param revision the version number of the report
 * @param visibility who the State lets read the report
 * @param language the language the report is written in
 * @param submittedAt when this version was submitted
 * @param sectionCode the section's code
 * @param questionCode the question's code
 * @param pillar the question's pillar
 * @param norm the norm's letter, or empty
 * @param questionType the kind of answer
 * @param questionText the question
 * @param answer the answer as text: option codes joined by {@code ; }, numbers, ISO dates, or
 * empty when not answered
 */
public record ExportRow(String cycle, String stateAlpha3, String stateName, String regionalGroup, int revision,
		String visibility, String language, Instant submittedAt, String sectionCode, String questionCode,
		String pillar, String norm, String questionType, String questionText, String answer) {

}
