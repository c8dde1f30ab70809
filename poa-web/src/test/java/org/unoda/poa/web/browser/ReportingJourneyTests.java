package org.unoda.poa.web.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.unoda.poa.web.TestData;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The reporting journey in a real browser, as the people who make it: a delegate of El
 * Salvador types part of the State's report, closes the browser, comes back to find every word
 * saved, and sends it for review; the approver submits it; the secretariat sees it counted, on
 * the map and in the table.
 */
@BrowserTest
class ReportingJourneyTests {

	private static final LocatorAssertions.ContainsTextOptions PATIENTLY = new LocatorAssertions.ContainsTextOptions()
		.setTimeout(15_000);

	@LocalServerPort
	int port;

	@Test
	void aDelegateFilesOverTwoVisitsTheApproverSubmitsAndTheSecretariatSeesIt() {
		String answer = "Typed in the browser, then the browser was closed " + TestData.unique();
		String reportPage;
		try (BrowserContext firstVisit = Chromium.newContext()) {
			Page delegate = signIn(firstVisit, "slv.delegate");
			delegate.navigate(url("/reporting"));
			delegate.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue")).click();
			assertThat(delegate.locator("main h1")).containsText("National context");
			delegate.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Existing and potential threats"))
				.click();
			assertThat(delegate.locator("main h1")).containsText("Existing and potential threats");
			// the saving script runs at the end of the page: type once it has loaded
			delegate.waitForLoadState(LoadState.LOAD);
			Locator text = delegate.locator("#section-form textarea").first();
			text.fill(answer);
			// no Save button pressed: the page saves as the delegate types
			assertThat(delegate.locator("#autosave-status")).containsText("saved at", PATIENTLY);
			Accessibility.assertNoSeriousViolations(delegate);
		}
		try (BrowserContext secondVisit = Chromium.newContext()) {
			Page delegate = signIn(secondVisit, "slv.delegate");
			delegate.navigate(url("/reporting"));
			delegate.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue")).click();
			delegate.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Existing and potential threats"))
				.click();
			assertThat(delegate.locator("main h1")).containsText("Existing and potential threats");
			// the saving script runs at the end of the page: type once it has loaded
			delegate.waitForLoadState(LoadState.LOAD);
			assertThat(delegate.locator("#section-form textarea").first()).hasValue(answer);
			delegate.locator("#section-form input[type=checkbox]").first().check();
			delegate.getByRole(AriaRole.BUTTON,
					new Page.GetByRoleOptions().setName("Save and go to the next section")).click();
			assertThat(delegate.locator("main h1")).containsText("International law");
			delegate.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Back to the report")).click();
			reportPage = delegate.url();
			delegate.getByLabel("Comment for the approver (optional)").fill("Ready for your review.");
			delegate.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send for review")).click();
			assertThat(delegate.locator("main [role=status]")).containsText("sent for review");
		}
		try (BrowserContext approverBrowser = Chromium.newContext()) {
			Page approver = signIn(approverBrowser, "slv.approver");
			approver.navigate(reportPage);
			assertThat(approver.locator("main")).containsText(answer);
			approver.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit the report")).click();
			assertThat(approver.locator("main [role=status]")).containsText("submitted");
		}
		try (BrowserContext secretariatBrowser = Chromium.newContext()) {
			Page secretariat = signIn(secretariatBrowser, "secretariat");
			secretariat.navigate(url("/reporting"));
			secretariat.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Overview")).first().click();
			assertThat(secretariat.locator("main h1")).hasText("Reporting cycle 2026-2027");
			assertThat(secretariat.locator("tr", new Page.LocatorOptions().setHasText("El Salvador")))
				.containsText("Submitted");
			assertThat(secretariat.locator("svg.world-map path.map-SUBMITTED > title",
					new Page.LocatorOptions().setHasText("El Salvador")))
				.hasCount(1);
			Accessibility.assertNoSeriousViolations(secretariat);
		}
	}

	private Page signIn(BrowserContext context, String username) {
		return DemoAccounts.signIn(context, url("/login"), username);
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
