package org.unoda.poa.web.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pictures of the main pages on the demo data, in English and in Arabic, written to
 * {@code docs/screenshots/} so that the documentation shows the platform as it is.
 */
@BrowserTest
class ScreenshotTests {

	/** Where the pictures go: the project's docs, seen from the web module the tests run in. */
	private static final Path SCREENSHOTS = Path.of("..", "docs", "screenshots");

	private static final List<Shot> PUBLIC = List.of(new Shot("home", "/"), new Shot("reports", "/reports"),
			new Shot("synthesis", "/synthesis"), new Shot("meetings", "/meetings"), new Shot("meeting", "/meetings/3"),
			new Shot("stakeholders", "/stakeholders"), new Shot("capacity", "/capacity"));

	private static final List<Shot> DELEGATE = List.of(new Shot("delegate-home", "/"),
			new Shot("delegate-reporting", "/reporting"), new Shot("delegate-directory", "/directory"));

	private static final List<Shot> SECRETARIAT = List.of(new Shot("secretariat-cycle", "/reporting/cycles/4"),
			new Shot("secretariat-planning", "/meetings/planning"),
			new Shot("secretariat-accreditation", "/stakeholders/applications"));

	@LocalServerPort
	int port;

	@ParameterizedTest(name = "in {0}")
	@ValueSource(strings = { "en", "ar" })
	void theMainPagesArePhotographed(String language) throws IOException {
		Files.createDirectories(SCREENSHOTS);
		try (BrowserContext visitor = Chromium.newContext()) {
			photograph(visitor.newPage(), PUBLIC, language);
		}
		try (BrowserContext delegate = Chromium.newContext()) {
			photograph(DemoAccounts.signIn(delegate, url("/login"), "slv.delegate"), DELEGATE, language);
		}
		try (BrowserContext secretariat = Chromium.newContext()) {
			photograph(DemoAccounts.signIn(secretariat, url("/login"), "secretariat"), SECRETARIAT, language);
		}
	}

	private void photograph(Page page, List<Shot> shots, String language) throws IOException {
		for (Shot shot : shots) {
			page.navigate(url(shot.path() + "?lang=" + language));
			Path file = SCREENSHOTS.resolve(shot.name() + "-" + language + ".png");
			page.screenshot(new Page.ScreenshotOptions().setPath(file));
			assertThat(Files.size(file)).as(file.toString()).isPositive();
			assertThat(page.locator("html").getAttribute("dir")).isEqualTo("ar".equals(language) ? "rtl" : "ltr");
		}
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	private record Shot(String name, String path) {
	}

}
