package org.unoda.poa.web.directory;

import java.util.Locale;

import org.springframework.data.domain.Sort;
import org.unoda.poa.core.contact.ContactLevel;
import org.unoda.poa.core.contact.ContactSearch;
import org.unoda.poa.core.contact.ContactStatus;
import org.unoda.poa.core.state.RegionalGroup;
import org.unoda.poa.web.layout.UnLanguage;

/**
 * The directory's search form, as query parameters; every field optional.
 *
 * @param q text in the name, title, agency or an e-mail address
 * @param state a State's alpha-3 code
 * @param group a regional group
 * @param level diplomatic or technical
 * @param language a working language
 * @param status a status; without it, the active contacts
 * @param stale only contacts due for re-confirmation
 * @param sort {@code state} (default), {@code name}, {@code level} or {@code confirmed}
 * @param page the page, from 0
 */
record DirectoryQuery(String q, String state, RegionalGroup group, ContactLevel level, String language,
		ContactStatus status, Boolean stale, String sort, Integer page) {

	ContactSearch search() {
		return new ContactSearch(this.q, this.state, this.group, this.level, this.language, this.status,
				Boolean.TRUE.equals(this.stale));
	}

	int pageNumber() {
		return (this.page != null && this.page > 0) ? this.page : 0;
	}

	/**
	 * The order asked for; States are ordered by their name in the reader's language.
	 */
	Sort sorting(Locale locale) {
		String stateName = "state.name" + switch (UnLanguage.orEnglish(locale)) {
			case ARABIC -> "Ar";
			case CHINESE -> "Zh";
			case FRENCH -> "Fr";
			case RUSSIAN -> "Ru";
			case SPANISH -> "Es";
			case ENGLISH -> "En";
		};
		String key = (this.sort != null) ? this.sort : "state";
		return switch (key) {
			case "name" -> Sort.by("fullName");
			case "level" -> Sort.by("level", stateName, "fullName");
			case "confirmed" -> Sort.by(Sort.Order.asc("lastConfirmedAt").nullsFirst(), Sort.Order.asc("fullName"));
			default -> Sort.by(stateName, "level", "fullName");
		};
	}

}
