package org.unoda.poa.core.language;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class TranslationsTests {

	@Test
	void aReaderGetsTheirLanguageOrTheOriginalMarkedWithItsLanguage() {
		Translations titles = Translations.none().with("ar", Map.of("title", "الاجتماع الأول"));

		assertThat(titles.pick("title", "First meeting", "en", "ar")).isEqualTo(new Localized("الاجتماع الأول", "ar"));
		Localized inRussian = titles.pick("title", "First meeting", "en", "ru");
		assertThat(inRussian).isEqualTo(new Localized("First meeting", "en"));
		assertThat(inRussian.fallsBackFrom("ru")).isTrue();
		assertThat(titles.pick("title", "First meeting", "en", "en").fallsBackFrom("en")).isFalse();
	}

	@Test
	void blankTextsRemoveATranslationAndOtherLanguagesAreKept() {
		Translations titles = Translations.none()
			.with("fr", Map.of("title", "Première réunion"))
			.with("es", Map.of("title", " Primera reunión "));

		Translations changed = titles.with("fr", Map.of("title", "  "));

		assertThat(changed.languages()).containsExactly("es");
		assertThat(changed.text("es", "title")).contains("Primera reunión");
		assertThat(changed.of("title")).isEqualTo(Map.of("es", "Primera reunión"));
	}

	@Test
	void oneFieldGivenByLanguageLeavesOutTheWrittenLanguageAndBlanks() {
		Translations titles = Translations.ofField("title",
				Map.of("en", "First session", "fr", "Première session", "ru", " "), "en");

		assertThat(titles.languages()).containsExactly("fr");
		assertThat(titles.of("title")).isEqualTo(Map.of("fr", "Première session"));
	}

	@Test
	void onlyOfficialLanguagesAreHeld() {
		assertThatIllegalArgumentException().isThrownBy(() -> Translations.none().with("de", Map.of("title", "Sitzung")));
	}

}
