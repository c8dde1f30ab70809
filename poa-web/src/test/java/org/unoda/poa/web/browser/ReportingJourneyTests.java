package org.unoda.poa.web.browser;

import java.io.IOException;
import java.text.Normalizer;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.unoda.poa.web.TestData;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The reporting journey in a real browser, as the people who make it: a delegate of El
 * Salvador types part of the State's report, closes the browser, comes back to find every word
 * saved, and sends it for review; the approver submits it; the secretariat sees it counted, on
 * the map and in the table. It runs again in Arabic, where Kenya files in its language from the
 * demo's translation of the survey and gets its PDF in Arabic, and with the keyboard alone, where
 * Japan files and submits.
 */
@BrowserTest
class ReportingJourneyTests {

	private static final LocatorAssertions.ContainsTextOptions PATIENTLY = new LocatorAssertions.ContainsTextOptions()
		.setTimeout(15_000);

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

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

	@Test
	void inArabicTheFormAndItsPdfAreInArabicAndKenyaFilesAndSubmits() throws IOException {
		// all Arabic: the text extracted from a PDF does not keep Latin runs where they stood in right-to-left lines
		String answer = "تنسق الهيئة الوطنية للأمن السيبراني السياسة الوطنية وتشرف على فريق الاستجابة للطوارئ";
		String threats = arabic("template_section", "THR", "title");
		try (BrowserContext browser = Chromium.newContext()) {
			Page delegate = signIn(browser, "ken.delegate");
			delegate.navigate(url("/reporting?lang=ar"));
			assertThat(delegate.locator("html")).hasAttribute("dir", "rtl");
			delegate.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(ar("reporting.start"))).click();
			// the survey is translated: its sections and questions read in Arabic, unmarked
			assertThat(delegate.locator("main h1")).containsText(arabic("template_section", "CTX", "title"));
			assertThat(delegate.locator("main")).containsText(arabic("template_question", "CTX.1", "text"));
			assertThat(delegate.locator("main .fallback-language")).hasCount(0);
			delegate.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(threats)).click();
			assertThat(delegate.locator("main h1")).containsText(threats);
			delegate.waitForLoadState(LoadState.LOAD);
			delegate.locator("#section-form textarea").first().fill(answer);
			assertThat(delegate.locator("#autosave-status")).containsText(Bundle.opening("ar", "filing.autosave.saved"),
					PATIENTLY);
			Accessibility.assertNoSeriousViolations(delegate);

			delegate.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(ar("filing.backToReport"))).click();
			String reportPage = delegate.url();
			delegate.getByLabel(ar("reportWorkflow.comment.optional")).fill("جاهز للمراجعة.");
			delegate.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(ar("reportWorkflow.sendForReview")))
				.click();
			assertThat(delegate.locator("main [role=status]")).containsText(ar("reportWorkflow.sentForReview"));
			// Kenya's delegate is also its approver
			delegate.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(ar("reportWorkflow.submit"))).click();
			assertThat(delegate.locator("main [role=status]")).containsText(ar("reportWorkflow.submitted"));
			Accessibility.assertNoSeriousViolations(delegate);

			// its PDF is in Arabic too: the questions, the answer and the labels read back from it
			byte[] pdf = browser.request().get(reportPage.replaceAll("[?#].*", "") + "/pdf").body();
			try (PDDocument document = Loader.loadPDF(pdf)) {
				String text = Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFKC)
					.replaceAll("\\s+", " ");
				org.assertj.core.api.Assertions.assertThat(text)
					.contains(answer)
					.contains(threats)
					.contains(arabic("template_question", "THR.1", "text").split(" "))
					.doesNotContain("Existing and potential threats");
			}
		}
	}

	@Test
	void withTheKeyboardAloneJapanFilesAndSubmits() {
		String answer = "National Center of Incident readiness and Strategy for Cybersecurity " + TestData.unique();
		try (BrowserContext browser = Chromium.newContext()) {
			Page delegate = DemoAccounts.signInWithKeyboard(browser, url("/login"), "jpn.delegate");

			delegate.navigate(url("/reporting"));
			Keyboard.activate(delegate, "Start the report");
			assertThat(delegate.locator("main h1")).containsText("National context");
			delegate.waitForLoadState(LoadState.LOAD);
			Keyboard.tabTo(delegate, "Which institution leads and coordinates national ICT security policy?");
			delegate.keyboard().type(answer);
			assertThat(delegate.locator("#autosave-status")).containsText("saved at", PATIENTLY);
			Keyboard.activate(delegate, "Save and go to the next section");
			assertThat(delegate.locator("main h1")).containsText("Existing and potential threats");

			Keyboard.activate(delegate, "Back to the report");
			assertThat(delegate.locator("main")).containsText(answer);
			Keyboard.tabTo(delegate, "Comment for the approver (optional)");
			delegate.keyboard().type("Ready.");
			Keyboard.activate(delegate, "Send for review");
			assertThat(delegate.locator("main [role=status]")).containsText("sent for review");
			Keyboard.activate(delegate, "Submit the report");
			assertThat(delegate.locator("main [role=status]")).containsText("submitted");
		}
	}

	private String ar(String key) {
		return Bundle.text("ar", key);
	}

	/**
	 * The Arabic text of part of the demo's survey, as the secretariat's translation gives it.
	 */
	private String arabic(String table, String code, String field) {
		return this.jdbc.sql("select translations -> 'ar' ->> '" + field + "' from " + table
				+ " where code = ? and template_id = (select id from report_template where code = 'NSI' and edition = 1)")
			.param(code)
			.query(String.class)
			.single();
	}

	private Page signIn(BrowserContext context, String username) {
		return DemoAccounts.signIn(context, url("/login"), username);
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
