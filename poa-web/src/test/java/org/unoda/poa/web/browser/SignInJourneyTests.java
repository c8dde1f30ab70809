package org.unoda.poa.web.browser;

import java.util.Locale;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Signing in and out in a real browser, for every role: each sees the navigation of its role,
 * and after signing out its pages ask for signing in again. Once in Arabic, laid out right to
 * left, and once with the keyboard alone.
 */
@BrowserTest
class SignInJourneyTests {

	private static final Locale ARABIC = Locale.forLanguageTag("ar");

	@LocalServerPort
	int port;

	@Autowired
	MessageSource messages;

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "admin, true, true, /admin", "secretariat, false, true, /reporting/cycles/new",
			"slv.delegate, false, true, /reporting", "slv.approver, false, true, /stakeholders/circulated",
			"stakeholder, false, false, /stakeholders/organisation" })
	void eachRoleSignsInSeesItsNavigationAndSignsOut(String username, boolean administration, boolean directory,
			String ownPage) {
		try (BrowserContext browser = Chromium.newContext()) {
			Page page = DemoAccounts.signIn(browser, url("/login"), username);
			Locator navigation = page.getByRole(AriaRole.NAVIGATION).first();
			assertThat(navigation.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Administration")))
				.hasCount(administration ? 1 : 0);
			assertThat(navigation.getByRole(AriaRole.LINK,
					new Locator.GetByRoleOptions().setName("Directory").setExact(true)))
				.hasCount(directory ? 1 : 0);
			Accessibility.assertNoSeriousViolations(page);
			page.navigate(url(ownPage));
			assertThat(page).hasURL(url(ownPage));

			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
			assertThat(page.locator("main [role=status]")).containsText("signed out");
			page.navigate(url(ownPage));
			assertThat(page.locator("main h1")).hasText("Sign in");
		}
	}

	@Test
	void inArabicTheSignInAndTheHomePageAreRightToLeft() {
		try (BrowserContext browser = Chromium.newContext()) {
			Page page = browser.newPage();
			page.navigate(url("/login?lang=ar"));
			assertThat(page.locator("html")).hasAttribute("dir", "rtl");
			assertThat(page.locator("main h1")).hasText(message("signIn.title"));
			page.getByLabel(message("signIn.username")).fill("slv.approver");
			page.getByLabel(message("signIn.password")).fill(DemoAccounts.PASSWORD);
			page.locator("main")
				.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(message("signIn.submit")))
				.click();
			assertThat(page.locator("main h1")).containsText(message("home.welcome", "").strip());
			assertThat(page.locator("html")).hasAttribute("lang", "ar");
			assertThat(page.locator("html")).hasAttribute("dir", "rtl");
			Accessibility.assertNoSeriousViolations(page);

			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(message("nav.signOut"))).click();
			assertThat(page.locator("main [role=status]")).hasText(message("signIn.signedOut"));
			assertThat(page.locator("html")).hasAttribute("dir", "rtl");
		}
	}

	@Test
	void withTheKeyboardAloneSomeoneSkipsToTheContentSignsInAndSignsOut() {
		try (BrowserContext browser = Chromium.newContext()) {
			Page page = browser.newPage();
			// English, chosen on this browser, whatever another test left on the account
			page.navigate(url("/states?lang=en"));
			// the first stop is the link that skips the navigation
			page.keyboard().press("Tab");
			assertThat(page.locator(":focus")).hasText("Skip to main content");
			page.keyboard().press("Enter");
			assertThat(page).hasURL(url("/states?lang=en#main"));

			page.navigate(url("/login"));
			// the sign-in name has the focus when the page opens
			assertThat(page.locator(":focus")).hasAttribute("id", "username");
			page.keyboard().type("secretariat");
			page.keyboard().press("Tab");
			assertThat(page.locator(":focus")).hasAttribute("id", "password");
			page.keyboard().type(DemoAccounts.PASSWORD);
			page.keyboard().press("Enter");
			// the secretariat signs in in two steps: the code field has the focus in turn
			DemoAccounts.passSecondStep(page);
			assertThat(page.locator("main h1")).containsText("Welcome");

			Keyboard.activate(page, "Sign out");
			assertThat(page.locator("main [role=status]")).containsText("signed out");
		}
	}

	private String message(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, ARABIC);
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
