package org.unoda.poa.web.browser;

import java.time.Duration;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.unoda.poa.core.user.SecondFactors;
import org.unoda.poa.web.TestClock;
import org.unoda.poa.web.TestData;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A new administrator's first sign-ins, in a real browser: the role requires two-step sign-in,
 * so the first sign-in sets up an authenticator app, whose codes this test computes as the
 * phone would; the next sign-in asks for a code.
 */
@BrowserTest
class SecondFactorJourneyTests {

	private static final Page.GetByLabelOptions EXACT = new Page.GetByLabelOptions().setExact(true);

	private static final String PASSWORD = "a long passphrase for a new administrator";

	@LocalServerPort
	int port;

	@Autowired
	TestClock clock;

	@Test
	void aNewAdministratorSetsUpAnAuthenticatorAppAndSignsInWithItsCodes() {
		String username = "admin." + TestData.unique();
		String link;
		try (BrowserContext demoAdmin = Chromium.newContext()) {
			Page page = DemoAccounts.signIn(demoAdmin, url("/login"), "admin");
			page.navigate(url("/admin/users/new"));
			page.getByLabel("Username", EXACT).fill(username);
			page.getByLabel("Name", EXACT).fill("Nadia Haddad");
			page.getByLabel("E-mail address", EXACT).fill(username + "@example.org");
			page.getByLabel("Role", EXACT).selectOption(new SelectOption().setLabel("Administrator"));
			button(page, "Save").click();
			button(page, "Issue a set-password link").click();
			String address = page.locator("#link").inputValue();
			// the link names the platform's public address; this one runs on a random port
			link = url(address.substring(address.indexOf("/account/")));
		}

		try (BrowserContext browser = Chromium.newContext()) {
			Page page = browser.newPage();
			page.navigate(link + "&lang=en");
			page.getByLabel("New password", EXACT).fill(PASSWORD);
			page.getByLabel("New password again", EXACT).fill(PASSWORD);
			button(page, "Set the password").click();

			signInWithPassword(page, username);
			assertThat(page.locator("main h1")).hasText("Set up two-step sign-in");
			// nothing else opens until it is set up
			page.navigate(url("/admin/users"));
			assertThat(page.locator("main h1")).hasText("Set up two-step sign-in");
			assertThat(page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName("QR code for your authenticator app")))
				.isVisible();
			Accessibility.assertNoSeriousViolations(page);

			// the phone, given the key typed in
			String key = page.locator("#set-up-key").textContent().replace(" ", "");
			page.getByLabel("Enter the six-digit code the app now shows.")
				.fill(SecondFactors.codeAt(key, this.clock.instant()));
			button(page, "Turn on two-step sign-in").click();
			assertThat(page.locator("main h1")).hasText("Your recovery codes");
			assertThat(page.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("Recovery codes"))
				.getByRole(AriaRole.LISTITEM)).hasCount(10);
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("I have kept my codes, continue")).click();
			assertThat(page.locator("main h1")).containsText("Welcome");
			page.navigate(url("/admin/users"));
			assertThat(page.locator("main h1")).hasText("User accounts");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();

			signInWithPassword(page, username);
			assertThat(page.locator("main h1")).hasText("Enter your code");
			// no hint: only the demo accounts, whose key is public, have one
			assertThat(page.locator("#demo-code")).hasCount(0);
			Accessibility.assertNoSeriousViolations(page);
			page.getByLabel("Code", EXACT).fill("000000");
			button(page, "Continue").click();
			assertThat(page.locator("#code-error")).containsText("not right");
			// the code that confirmed the set-up is spent: the app shows the next one
			page.getByLabel("Code", EXACT)
				.fill(SecondFactors.codeAt(key, this.clock.instant().plus(Duration.ofSeconds(30))));
			button(page, "Continue").click();
			assertThat(page.locator("main h1")).containsText("Welcome");
		}
	}

	private void signInWithPassword(Page page, String username) {
		page.navigate(url("/login?lang=en"));
		page.getByLabel("Username").fill(username);
		page.getByLabel("Password").fill(PASSWORD);
		button(page, "Sign in").click();
	}

	private static Locator button(Page page, String name) {
		return page.locator("main").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name).setExact(true));
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
