package org.unoda.poa.meetings.document;

import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.unoda.poa.core.language.OfficialLanguages;

/**
 * The file of a document in one of the six official languages.
 *
 * @param language the language's ISO 639-1 code: ar, zh, en, fr, ru or es
 * @param storedFileId the stored file
 */
@Embeddable
public record LanguageVersion(@Column(name = "language") String language,
		@Column(name = "stored_file_id") Long storedFileId) {

	/**
	 * The six official languages of the United Nations, in the order the UN lists them.
	 */
	public static final List<String> OFFICIAL_LANGUAGES = OfficialLanguages.CODES;

}
