package org.unoda.poa.web.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.unoda.poa.web.TestData;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The meeting journey in a real browser on the demo data: the secretariat finds a clash in the
 * planner, accepts the clash-free dates, announces the meeting and opens registration; a
 * delegate of Mexico registers the delegation with a note verbale; the secretariat approves it
 * and downloads the list of participants.
 */
@BrowserTest
class MeetingJourneyTests {

	private static final String ITEM = "#item-WORKING_GROUP_SESSION-2028";

	@LocalServerPort
	int port;

	@TempDir
	Path files;

	@Test
	void theSecretariatPlansAroundAClashADelegateRegistersAndTheSecretariatApproves() throws IOException {
		String meetingPage;
		try (BrowserContext browser = Chromium.newContext()) {
			Page secretariat = signIn(browser, "secretariat");
			secretariat.navigate(url("/meetings/planning"));
			Locator item = secretariat.locator(ITEM);
			assertThat(item).containsText("Same dates, same duty station");
			assertThat(item).containsText("Conference on Disarmament, first part 2028");
			assertThat(item).containsText("Nearest dates without a clash");
			Accessibility.assertNoSeriousViolations(secretariat);
			// the form holds the clash-free dates: accept them as they are
			item.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Accept the Working group session of 2028"))
				.click();
			assertThat(secretariat.locator("main [role=status]")).containsText("The meeting was accepted");
			item = secretariat.locator(ITEM);
			assertThat(item).not().containsText("Same dates");
			item.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Announce the Working group session of 2028"))
				.click();
			assertThat(secretariat.locator("main [role=status]")).containsText("announced");
			secretariat.locator(ITEM).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Open the meeting")).click();
			assertThat(secretariat.locator("main h1")).hasText("Working group session, 2028");
			meetingPage = secretariat.url();

			secretariat.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Run this meeting")).click();
			secretariat.getByLabel("Registration deadline").fill(LocalDate.now().plusDays(20).toString());
			secretariat.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open registration or move the deadline"))
				.click();
			assertThat(secretariat.locator("main [role=status]")).containsText("Registration is open");
			Accessibility.assertNoSeriousViolations(secretariat);
		}

		String family = "Ortega" + TestData.unique().replaceAll("[0-9]", "");
		Path noteVerbale = this.files.resolve("Note verbale Mexico.pdf");
		Files.write(noteVerbale, "%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n".getBytes());
		try (BrowserContext browser = Chromium.newContext()) {
			Page delegate = signIn(browser, "mex.delegate");
			delegate.navigate(meetingPage);
			assertThat(delegate.locator("#registration")).containsText("Delegations may register until");
			delegate.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Register your delegation")).click();
			assertThat(delegate.locator("main h1")).containsText("Your delegation to");
			delegate.waitForLoadState(LoadState.LOAD);
			delegate.getByLabel("Function").selectOption("HEAD");
			delegate.getByLabel("Given names").fill("Alicia");
			delegate.getByLabel("Family name").fill(family);
			delegate.getByLabel("Title and office").fill("Ambassador, Permanent Representative");
			delegate.getByLabel("Gender").selectOption("WOMAN");
			delegate.getByLabel("This participant agrees to be named in the published list of participants").check();
			delegate.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add a participant")).click();
			assertThat(delegate.locator("main [role=status]")).containsText("The participant was added");
			delegate.getByLabel("Note verbale file").setInputFiles(noteVerbale);
			delegate.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload the note verbale")).click();
			assertThat(delegate.locator("main [role=status]")).containsText("The note verbale was uploaded");
			Accessibility.assertNoSeriousViolations(delegate);
			delegate.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit the registration")).click();
			assertThat(delegate.locator("main [role=status]")).containsText("submitted to the secretariat");
		}

		try (BrowserContext browser = Chromium.newContext()) {
			Page secretariat = signIn(browser, "secretariat");
			secretariat.navigate(meetingPage);
			secretariat.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Registrations")).click();
			Locator mexico = secretariat.locator("article", new Page.LocatorOptions().setHasText("Mexico"));
			assertThat(mexico).containsText(family);
			assertThat(mexico.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Note verbale of Mexico")))
				.isVisible();
			mexico.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Approve the delegation of Mexico"))
				.click();
			assertThat(secretariat.locator("main [role=status]")).containsText("The registration was approved");
			Download download = secretariat.waitForDownload(() -> secretariat
				.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("List of participants (PDF)"))
				.click());
			try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(download.path()))) {
				String text = new PDFTextStripper().getText(pdf);
				assertThat(text).contains("Mexico").contains("Alicia " + family);
			}
		}
	}

	private Page signIn(BrowserContext context, String username) {
		return DemoAccounts.signIn(context, url("/login"), username);
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
