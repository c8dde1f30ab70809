package org.unoda.poa.core.language;

/**
 * A text as a reader is shown it, with the language it is in: the reader's own when a
 * translation exists, otherwise the language it was written in.
 *
 * @param text the text
 * @param language the language of the text, as an ISO 639-1 code
 */
public record Localized(String text, String language) {

	/**
	 * Whether the reader gets this text in another language than theirs.
	 */
	public boolean fallsBackFrom(String readerLanguage) {
		return !this.language.equals(readerLanguage);
	}

	@Override
	public String toString() {
		return this.text;
	}

}
