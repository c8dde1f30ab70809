package org.unoda.poa.web.browser;

import java.time.Duration;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.unoda.poa.meetings.accreditation.Accreditations;
import org.unoda.poa.web.TestClock;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Accreditation in a real browser on the demo data: the demo organisation applies, the
 * secretariat circulates its application, El Salvador's approver reads it and does not object,
 * and once the deadline has passed the organisation is on the public list.
 */
@BrowserTest
class AccreditationJourneyTests {

	private static final String ORGANISATION = "Global Forum on Cyber Expertise Foundation";

	@LocalServerPort
	int port;

	@Autowired
	TestClock clock;

	@Autowired
	Accreditations accreditations;

	@AfterEach
	void backToRealTime() {
		this.clock.reset();
	}

	@Test
	void anOrganisationAppliesIsCirculatedAndIsAccreditedWithoutObjection() {
		try (BrowserContext browser = Chromium.newContext()) {
			Page stakeholder = signIn(browser, "stakeholder");
			stakeholder.navigate(url("/stakeholders"));
			stakeholder.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Apply for accreditation")).click();
			stakeholder.getByLabel("Purpose of the organisation").fill("A platform for cyber capacity-building.");
			stakeholder.getByLabel("Activities").fill("Clearing house matching needs and offers.");
			stakeholder.getByLabel("Relevance to the Programme of Action").fill("Capacity-building pillar.");
			Accessibility.assertNoSeriousViolations(stakeholder);
			stakeholder.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit the application")).click();
			assertThat(stakeholder.locator("main [role=status]")).containsText("submitted to the secretariat");
			assertThat(stakeholder.locator("main")).containsText("Submitted to the secretariat");
		}
		try (BrowserContext browser = Chromium.newContext()) {
			Page secretariat = signIn(browser, "secretariat");
			secretariat.navigate(url("/stakeholders/applications"));
			secretariat.getByRole(AriaRole.BUTTON,
					new Page.GetByRoleOptions().setName("Circulate or confirm the application of " + ORGANISATION))
				.click();
			assertThat(secretariat.locator("main [role=status]")).containsText("The application was circulated");
		}
		try (BrowserContext browser = Chromium.newContext()) {
			Page approver = signIn(browser, "slv.approver");
			approver.navigate(url("/stakeholders/circulated"));
			Locator application = approver.locator("article", new Page.LocatorOptions().setHasText(ORGANISATION));
			assertThat(application).containsText("A platform for cyber capacity-building.");
			assertThat(application.getByRole(AriaRole.BUTTON,
					new Locator.GetByRoleOptions().setName("Object to the accreditation of " + ORGANISATION)))
				.isVisible();
			Accessibility.assertNoSeriousViolations(approver);
		}
		this.clock.advance(Duration.ofDays(31));
		this.accreditations.closeDue();
		try (BrowserContext browser = Chromium.newContext()) {
			Page visitor = browser.newPage();
			visitor.navigate(url("/stakeholders"));
			assertThat(visitor.locator("main table")).containsText(ORGANISATION);
		}
	}

	private Page signIn(BrowserContext context, String username) {
		return DemoAccounts.signIn(context, url("/login"), username);
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
