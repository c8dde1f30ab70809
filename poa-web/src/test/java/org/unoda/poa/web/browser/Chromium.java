package org.unoda.poa.web.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;

/**
 * Debian's Chromium driven by Playwright, started once per test JVM. Playwright is told not to
 * download a browser of its own: the machine's Chromium is used, offline.
 */
public final class Chromium {

	private static final Path EXECUTABLE = Path.of(System.getenv().getOrDefault("POA_CHROMIUM", "/usr/bin/chromium"));

	private static Browser browser;

	private Chromium() {
	}

	/**
	 * A fresh browser profile: no cookies, as a new visitor.
	 */
	public static synchronized BrowserContext newContext() {
		if (browser == null) {
			browser = launch();
		}
		return browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900).setLocale("en-GB"));
	}

	private static Browser launch() {
		if (!Files.isExecutable(EXECUTABLE)) {
			throw new IllegalStateException("The browser tests need Chromium at " + EXECUTABLE
					+ ": install it with 'apt-get install chromium' (.ci/run does), or name another with POA_CHROMIUM");
		}
		Playwright playwright = Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		Browser launched = playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(EXECUTABLE)
				.setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
						"--disable-component-update", "--disable-sync", "--no-first-run")));
		Runtime.getRuntime().addShutdownHook(new Thread(playwright::close));
		return launched;
	}

}
