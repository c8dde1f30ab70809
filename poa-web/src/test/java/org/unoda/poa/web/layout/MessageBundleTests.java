package org.unoda.poa.web.layout;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every visible string comes from the message bundles: each of the six languages has every
 * key, and templates carry no hard-coded text.
 */
class MessageBundleTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	/** Text that needs no translation: punctuation and symbols between elements. */
	private static final Pattern NEUTRAL = Pattern.compile("[\\s\\p{Punct}·—–]*");

	private static final Set<String> TRANSLATED_ATTRIBUTES = Set.of("title", "alt", "placeholder", "aria-label");

	@ParameterizedTest
	@ValueSource(strings = { "ar", "zh", "fr", "ru", "es" })
	void everyBundleHasEveryKey(String language) throws IOException {
		Properties english = load("messages.properties");
		Properties translated = load("messages_" + language + ".properties");
		assertThat(translated.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
		assertThat(translated.stringPropertyNames())
			.allSatisfy(key -> assertThat(translated.getProperty(key)).as(key).isNotBlank());
	}

	@Test
	void templatesCarryNoHardCodedText() throws IOException {
		List<String> problems = new ArrayList<>();
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			for (Path file : files.filter(path -> path.toString().endsWith(".html")).toList()) {
				Document document = Jsoup.parse(Files.readString(file), "", Parser.htmlParser());
				for (Element element : document.getAllElements()) {
					checkText(file, element, problems);
					checkAttributes(file, element, problems);
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	private static void checkText(Path file, Element element, List<String> problems) {
		boolean replaced = element.hasAttr("th:text") || element.hasAttr("th:utext") || element.hasAttr("th:replace")
				|| element.hasAttr("th:insert");
		for (TextNode text : element.textNodes()) {
			if (!replaced && !NEUTRAL.matcher(text.getWholeText()).matches()) {
				problems.add(TEMPLATES.relativize(file) + ": text \"" + text.text().strip() + "\" in <"
						+ element.tagName() + ">");
			}
		}
	}

	private static void checkAttributes(Path file, Element element, List<String> problems) {
		for (String attribute : TRANSLATED_ATTRIBUTES) {
			if (element.hasAttr(attribute)) {
				problems.add(TEMPLATES.relativize(file) + ": attribute " + attribute + " in <" + element.tagName()
						+ "> is not translated; use th:" + attribute);
			}
		}
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = MessageBundleTests.class.getResourceAsStream("/messages/" + name)) {
			assertThat(in).as(name).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
