package org.unoda.poa.reporting.template;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One option of a choice question: a stable code (kept across editions, so answers can be
 * compared) and the label readers see.
 *
 * @param code the code, such as {@code RANSOMWARE}
 * @param label the label, such as {@code Ransomware}
 */
public record AnswerOption(String code, String label) {

	/** The fixed answers of a yes / partly / no question. */
	public static final List<String> YES_PARTLY_NO = List.of("YES", "PARTLY", "NO", "NOT_APPLICABLE");

	/**
	 * Reads the stored form {@code CODE=Label}.
	 */
	static AnswerOption parse(String stored) {
		int separator = stored.indexOf('=');
		return (separator < 0) ? new AnswerOption(codeOf(stored), stored)
				: new AnswerOption(stored.substring(0, separator), stored.substring(separator + 1));
	}

	String stored() {
		return this.code + "=" + this.label;
	}

	/**
	 * Reads options written one per line, as {@code CODE=Label} or just a label (the code is
	 * made from it). Blank lines are skipped.
	 * @throws IllegalArgumentException when two options share a code
	 */
	static List<AnswerOption> parseLines(String lines) {
		List<AnswerOption> options = new ArrayList<>();
		Set<String> codes = new LinkedHashSet<>();
		for (String line : (lines != null) ? lines.split("\\R") : new String[0]) {
			if (line.isBlank()) {
				continue;
			}
			AnswerOption option = parse(line.strip());
			AnswerOption normalised = new AnswerOption(codeOf(option.code()), option.label().strip());
			if (normalised.code().isEmpty() || normalised.label().isEmpty() || !codes.add(normalised.code())) {
				throw new IllegalArgumentException(line);
			}
			options.add(normalised);
		}
		return options;
	}

	private static String codeOf(String text) {
		return text.strip()
			.toUpperCase(Locale.ROOT)
			.replaceAll("[^A-Z0-9]+", "_")
			.replaceAll("^_+|_+$", "");
	}

}
