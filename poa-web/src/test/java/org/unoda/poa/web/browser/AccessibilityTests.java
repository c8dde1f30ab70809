package org.unoda.poa.web.browser;

import java.util.List;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Every main page, as the public and as the roles that use it, in English and in Arabic, has
 * no serious or critical accessibility violation and reflows to a 320-pixel screen.
 */
@BrowserTest
class AccessibilityTests {

	private static final List<String> PUBLIC_PAGES = List.of("/", "/login", "/states", "/states/SLV", "/reports",
			"/directory", "/meetings", "/stakeholders", "/stakeholders/sign-up", "/capacity", "/acknowledge/unknown-link",
			"/synthesis",
			"/synthesis/needs", "/reports?q=critical+infrastructure",
			"/states/NOPE", "/meetings/1", "/meetings/1/participants", "/meetings/3", "/meetings/working-groups",
			"/meetings/participation");

	private static final List<String> SECRETARIAT_PAGES = List.of("/", "/directory", "/directory?group=AFRICAN&page=1",
			"/directory/checks", "/directory/checks/new", "/directory/checks/1", "/states/MEX", "/reporting",
			"/reporting/cycles/new", "/reporting/cycles/3", "/reporting/templates", "/reporting/templates/1",
			"/synthesis", "/meetings/planning", "/meetings/planning/calendar", "/meetings/3/manage",
			"/meetings/3/registrations", "/meetings/1/registrations", "/stakeholders/applications",
			"/stakeholders/applications/1", "/stakeholders/circulated", "/capacity", "/capacity/needs/1",
			"/capacity/offers/1", "/capacity/offers/new", "/capacity/matches/1");

	private static final List<String> APPROVER_PAGES = List.of("/", "/states/SLV", "/directory/contacts/new?state=SLV",
			"/directory/contacts/1", "/reporting", "/meetings/3", "/meetings/3/registration",
			"/stakeholders/circulated", "/capacity", "/capacity/needs/new");

	private static final List<String> ADMIN_PAGES = List.of("/", "/admin", "/admin/users", "/admin/users/new",
			"/admin/users/1", "/directory/import");

	@LocalServerPort
	int port;

	@ParameterizedTest(name = "in {0}")
	@ValueSource(strings = { "en", "ar" })
	void publicPagesAreAccessible(String language) {
		try (BrowserContext context = Chromium.newContext()) {
			scan(context.newPage(), PUBLIC_PAGES, language);
		}
	}

	@ParameterizedTest(name = "in {0}")
	@ValueSource(strings = { "en", "ar" })
	void theSecretariatsPagesAreAccessible(String language) {
		try (BrowserContext context = Chromium.newContext()) {
			scan(signIn(context, "secretariat"), SECRETARIAT_PAGES, language);
		}
	}

	@ParameterizedTest(name = "in {0}")
	@ValueSource(strings = { "en", "ar" })
	void anApproversPagesAreAccessible(String language) {
		try (BrowserContext context = Chromium.newContext()) {
			scan(signIn(context, "slv.approver"), APPROVER_PAGES, language);
		}
	}

	@ParameterizedTest(name = "in {0}")
	@ValueSource(strings = { "en", "ar" })
	void administratorsPagesAreAccessible(String language) {
		try (BrowserContext context = Chromium.newContext()) {
			scan(signIn(context, "admin"), ADMIN_PAGES, language);
		}
	}

	@Test
	void everyControlShowsWhereTheKeyboardFocusIs() {
		try (BrowserContext context = Chromium.newContext()) {
			Page page = signIn(context, "secretariat");
			for (String path : List.of("/", "/meetings/3/manage", "/capacity", "/directory/checks/new",
					"/reporting/templates/1", "/meetings/planning")) {
				page.navigate(url(path));
				Accessibility.assertFocusAlwaysVisible(page);
			}
		}
	}

	private void scan(Page page, List<String> paths, String language) {
		for (String path : paths) {
			page.navigate(url(path) + (path.contains("?") ? "&" : "?") + "lang=" + language);
			assertThat(page.locator("html")).hasAttribute("lang", language);
			Accessibility.assertNoSeriousViolations(page);
			Accessibility.assertReflows(page);
		}
	}

	private Page signIn(BrowserContext context, String username) {
		return DemoAccounts.signIn(context, url("/login?lang=en"), username);
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
