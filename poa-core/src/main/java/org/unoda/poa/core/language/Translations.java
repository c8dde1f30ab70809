package org.unoda.poa.core.language;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.util.Assert;
import org.springframework.util.StringUtils;

/**
 * The translations of one thing's texts: for each official language, the text of each of its
 * fields (such as {@code title} or {@code guidance}). The text in the language the thing was
 * written in is not held here but in the thing itself. Immutable; stored as JSON.
 *
 * @param texts language, then field, then text
 */
public record Translations(Map<String, Map<String, String>> texts) {

	private static final Translations NONE = new Translations(Map.of());

	public Translations {
		Map<String, Map<String, String>> copy = new LinkedHashMap<>();
		(texts != null ? texts : Map.<String, Map<String, String>>of()).forEach((language, fields) -> {
			Assert.isTrue(OfficialLanguages.isOfficial(language), () -> "not an official language: " + language);
			Map<String, String> kept = new LinkedHashMap<>();
			fields.forEach((field, text) -> {
				if (StringUtils.hasText(text)) {
					kept.put(field, text.strip());
				}
			});
			if (!kept.isEmpty()) {
				copy.put(language, Collections.unmodifiableMap(kept));
			}
		});
		texts = Collections.unmodifiableMap(copy);
	}

	public static Translations none() {
		return NONE;
	}

	public static Translations of(Map<String, Map<String, String>> texts) {
		return (texts == null || texts.isEmpty()) ? NONE : new Translations(texts);
	}

	/**
	 * The translations of one field, given by language; the language the thing is written in
	 * and blank texts are left out.
	 */
	public static Translations ofField(String field, Map<String, String> byLanguage, String writtenIn) {
		Map<String, Map<String, String>> texts = new LinkedHashMap<>();
		byLanguage.forEach((language, text) -> {
			if (!language.equals(writtenIn)) {
				texts.put(language, Map.of(field, (text != null) ? text : ""));
			}
		});
		return of(texts);
	}

	/**
	 * The text of a field in a language, if translated.
	 */
	public Optional<String> text(String language, String field) {
		return Optional.ofNullable(this.texts.getOrDefault(language, Map.of()).get(field));
	}

	/**
	 * The fields translated into a language, empty when there is no translation.
	 */
	public Map<String, String> in(String language) {
		return this.texts.getOrDefault(language, Map.of());
	}

	/**
	 * These translations with those of one language replaced; blank texts are dropped.
	 */
	public Translations with(String language, Map<String, String> fields) {
		Map<String, Map<String, String>> changed = new LinkedHashMap<>(this.texts);
		changed.put(language, fields);
		return new Translations(changed);
	}

	/**
	 * One field's translations, by language.
	 */
	public Map<String, String> of(String field) {
		Map<String, String> byLanguage = new LinkedHashMap<>();
		this.texts.forEach((language, fields) -> {
			if (fields.containsKey(field)) {
				byLanguage.put(language, fields.get(field));
			}
		});
		return byLanguage;
	}

	/**
	 * The languages with at least one translated field.
	 */
	public Set<String> languages() {
		return new TreeSet<>(this.texts.keySet());
	}

	/**
	 * Whether every given field is translated into the language.
	 */
	public boolean covers(String language, Iterable<String> fields) {
		Map<String, String> translated = in(language);
		for (String field : fields) {
			if (!translated.containsKey(field)) {
				return false;
			}
		}
		return true;
	}

	/**
	 * A field as a reader is shown it: the translation into the reader's language when there
	 * is one, otherwise the original.
	 * @param field the field
	 * @param original the text as written
	 * @param originalLanguage the language it was written in
	 * @param reader the reader's language
	 */
	public Localized pick(String field, String original, String originalLanguage, String reader) {
		if (reader.equals(originalLanguage)) {
			return new Localized(original, originalLanguage);
		}
		return text(reader, field).map((text) -> new Localized(text, reader))
			.orElseGet(() -> new Localized(original, originalLanguage));
	}

}
