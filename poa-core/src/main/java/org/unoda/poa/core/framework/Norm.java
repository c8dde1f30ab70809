package org.unoda.poa.core.framework;

import java.util.Locale;
import java.util.Optional;

/**
 * One of the eleven voluntary, non-binding norms of responsible State behaviour, (a) to (k).
 */
public enum Norm {

	A, B, C, D, E, F, G, H, I, J, K;

	/**
	 * The norm's letter as the framework writes it: {@code "g"}.
	 */
	public String letter() {
		return name().toLowerCase(Locale.ROOT);
	}

	public String messageKey() {
		return "norm." + letter();
	}

	/**
	 * The norm with this letter, if there is one.
	 */
	public static Optional<Norm> ofLetter(String letter) {
		if (letter == null || letter.length() != 1) {
			return Optional.empty();
		}
		char c = Character.toLowerCase(letter.charAt(0));
		return (c >= 'a' && c <= 'k') ? Optional.of(values()[c - 'a']) : Optional.empty();
	}

}
