package org.unoda.poa.web.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.regex.Pattern;

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

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.unoda.poa.web.TestData;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The meeting journey in a real browser on the demo data: the secretariat finds a clash in the
 * planner, accepts the clash-free dates, announces the meeting and opens registration; a
 * delegate of Mexico registers the delegation with a note verbale; the secretariat approves it
 * and downloads the list of participants. The same journey runs in Arabic (the working-group
 * session of 2029, Japan) and with the keyboard alone (that of 2030, France); Japan also
 * corrects, in Arabic, the registration the secretariat returned to it.
 */
@BrowserTest
class MeetingJourneyTests {

	private static final String ITEM = "#item-WORKING_GROUP_SESSION-2028";

	@LocalServerPort
	int port;

	@TempDir
	Path files;

	@Autowired
	JdbcClient jdbc;

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

	@Test
	void inArabicTheSecretariatPlansAroundAClashJapanRegistersAndTheSecretariatApproves() throws IOException {
		String meetingPage;
		try (BrowserContext browser = Chromium.newContext()) {
			Page secretariat = signIn(browser, "secretariat");
			secretariat.navigate(url("/meetings/planning?lang=ar"));
			assertThat(secretariat.locator("html")).hasAttribute("dir", "rtl");
			Locator item = secretariat.locator("#item-WORKING_GROUP_SESSION-2029");
			assertThat(item).containsText(ar("clashKind.SAME_DATES_SAME_STATION"));
			assertThat(item).containsText("Conference on Disarmament, first part 2029");
			assertThat(item).containsText(ar("planning.proposal"));
			Accessibility.assertNoSeriousViolations(secretariat);
			String session = ar("meetingType.WORKING_GROUP_SESSION");
			item.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(ar("planning.acceptNamed", session, "2029")))
				.click();
			assertThat(secretariat.locator("main [role=status]")).containsText(ar("planning.accepted"));
			item = secretariat.locator("#item-WORKING_GROUP_SESSION-2029");
			assertThat(item).not().containsText(ar("clashKind.SAME_DATES_SAME_STATION"));
			item.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(ar("planning.announceNamed", session, "2029")))
				.click();
			assertThat(secretariat.locator("main [role=status]")).containsText(ar("planning.announced"));
			secretariat.locator("#item-WORKING_GROUP_SESSION-2029")
				.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(ar("planning.openMeeting")))
				.click();
			// accepted under its proposed title, the meeting has it in Arabic
			assertThat(secretariat.locator("main h1")).hasText(ar("planning.defaultTitle.WORKING_GROUP_SESSION", "2029"));
			meetingPage = secretariat.url();

			secretariat.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(ar("meeting.manage"))).click();
			// the deadline offered is two weeks before the first day
			assertThat(secretariat.getByLabel(ar("meeting.registrationDeadline"))).not().hasValue("");
			secretariat.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(ar("meeting.openRegistration"))).click();
			assertThat(secretariat.locator("main [role=status]")).containsText(ar("meeting.registrationOpened"));
			Accessibility.assertNoSeriousViolations(secretariat);
		}

		String family = "Tanaka" + TestData.unique().replaceAll("[0-9]", "");
		try (BrowserContext browser = Chromium.newContext()) {
			Page delegate = signIn(browser, "jpn.delegate");
			delegate.navigate(meetingPage + "?lang=ar");
			assertThat(delegate.locator("html")).hasAttribute("dir", "rtl");
			delegate.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(ar("registration.start"))).click();
			delegate.waitForLoadState(LoadState.LOAD);
			addParticipantInArabic(delegate, "HEAD", "Kenji", family);
			delegate.getByLabel(ar("registration.noteVerbale.file")).setInputFiles(noteVerbale("مذكرة شفوية.pdf"));
			delegate.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(ar("registration.noteVerbale.upload")))
				.click();
			assertThat(delegate.locator("main")).containsText(ar("registration.noteVerbaleAttached"));
			Accessibility.assertNoSeriousViolations(delegate);
			delegate.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(ar("registration.submit"))).click();
			assertThat(delegate.locator("main")).containsText(ar("registration.submitted"));
		}

		try (BrowserContext browser = Chromium.newContext()) {
			Page secretariat = signIn(browser, "secretariat");
			secretariat.navigate(meetingPage + "?lang=ar");
			secretariat.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(ar("registration.review"))).click();
			Locator japan = secretariat.locator("article", new Page.LocatorOptions().setHasText(family));
			japan.getByRole(AriaRole.BUTTON,
					new Locator.GetByRoleOptions().setName(Pattern.compile("^" + Bundle.opening("ar", "registration.approveOf"))))
				.click();
			assertThat(secretariat.locator("main [role=status]")).containsText(ar("registration.approved"));
			Download download = secretariat.waitForDownload(() -> secretariat
				.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(ar("participants.pdf")))
				.click());
			try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(download.path()))) {
				assertThat(new PDFTextStripper().getText(pdf)).contains(family);
			}
		}
	}

	@Test
	void inArabicJapanCorrectsAndResubmitsItsReturnedRegistration() throws IOException {
		try (BrowserContext browser = Chromium.newContext()) {
			Page delegate = signIn(browser, "jpn.delegate");
			delegate.navigate(url("/meetings/" + openSession() + "?lang=ar"));
			assertThat(delegate.locator("html")).hasAttribute("dir", "rtl");
			// the secretariat returned Japan's registration: the adviser named in the note verbale is missing
			delegate.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(ar("registration.open"))).click();
			delegate.waitForLoadState(LoadState.LOAD);
			addParticipantInArabic(delegate, "ADVISER", "Kenji", "Tanaka" + TestData.unique().replaceAll("[0-9]", ""));
			delegate.getByLabel(ar("registration.noteVerbale.file")).setInputFiles(noteVerbale("مذكرة شفوية.pdf"));
			delegate.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(ar("registration.noteVerbale.upload")))
				.click();
			assertThat(delegate.locator("main")).containsText(ar("registration.noteVerbaleAttached"));
			delegate.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(ar("registration.submit"))).click();
			assertThat(delegate.locator("main")).containsText(ar("registration.submitted"));
		}
	}

	@Test
	void withTheKeyboardAloneTheSecretariatPlansAroundAClashFranceRegistersAndIsApproved() throws IOException {
		String meetingPage;
		try (BrowserContext browser = Chromium.newContext()) {
			Page secretariat = DemoAccounts.signInWithKeyboard(browser, url("/login"), "secretariat");
			secretariat.navigate(url("/meetings/planning"));
			assertThat(secretariat.locator("#item-WORKING_GROUP_SESSION-2030")).containsText("Nearest dates without a clash");
			// the form holds the clash-free dates
			Keyboard.activate(secretariat, "Accept the Working group session of 2030");
			assertThat(secretariat.locator("main [role=status]")).containsText("The meeting was accepted");
			// back on the planner, the next Tab continues from the meeting just accepted
			Keyboard.activate(secretariat, "Announce the Working group session of 2030");
			assertThat(secretariat.locator("main [role=status]")).containsText("announced");
			Keyboard.activate(secretariat, "Open the meeting");
			assertThat(secretariat.locator("main h1")).hasText("Working group session, 2030");
			meetingPage = secretariat.url();
			Keyboard.activate(secretariat, "Run this meeting");
			assertThat(secretariat).hasURL(Pattern.compile(".*/manage$"));
			// the deadline offered is kept as it is
			Keyboard.activate(secretariat, "Open registration or move the deadline");
			assertThat(secretariat.locator("main [role=status]")).containsText("Registration is open");
		}

		String family = "Verne" + TestData.unique().replaceAll("[0-9]", "");
		Path noteVerbale = noteVerbale("Note verbale France.pdf");
		try (BrowserContext browser = Chromium.newContext()) {
			Page delegate = DemoAccounts.signInWithKeyboard(browser, url("/login"), "fra.delegate");
			delegate.navigate(meetingPage);
			Keyboard.activate(delegate, "Register your delegation");
			assertThat(delegate.locator("main h1")).containsText("Your delegation to");
			delegate.waitForLoadState(LoadState.LOAD);
			// a closed list selects by typing the start of an option
			Keyboard.tabTo(delegate, "Function");
			delegate.keyboard().type("Head");
			Keyboard.tabTo(delegate, "Given names");
			delegate.keyboard().type("Henri");
			Keyboard.tabTo(delegate, "Family name");
			delegate.keyboard().type(family);
			Keyboard.tabTo(delegate, "Title and office");
			delegate.keyboard().type("Ambassador for digital affairs");
			Keyboard.tabTo(delegate, "Gender");
			delegate.keyboard().type("Man");
			Keyboard.tabTo(delegate, "This participant agrees to be named in the published list of participants");
			delegate.keyboard().press("Space");
			Keyboard.activate(delegate, "Add a participant");
			assertThat(delegate.locator("main [role=status]")).containsText("The participant was added");
			Keyboard.tabTo(delegate, "Note verbale file");
			// the system's file dialog is outside the page: the file goes to the field the keyboard reached
			delegate.locator(":focus").setInputFiles(noteVerbale);
			Keyboard.activate(delegate, "Upload the note verbale");
			assertThat(delegate.locator("main [role=status]")).containsText("The note verbale was uploaded");
			Keyboard.activate(delegate, "Submit the registration");
			assertThat(delegate.locator("main [role=status]")).containsText("submitted to the secretariat");
		}

		try (BrowserContext browser = Chromium.newContext()) {
			Page secretariat = DemoAccounts.signInWithKeyboard(browser, url("/login"), "secretariat");
			secretariat.navigate(meetingPage);
			Keyboard.activate(secretariat, "Registrations");
			assertThat(secretariat.locator("main")).containsText(family);
			Keyboard.activate(secretariat, "Approve the delegation of France");
			assertThat(secretariat.locator("main [role=status]")).containsText("The registration was approved");
		}
	}

	private void addParticipantInArabic(Page delegate, String function, String givenNames, String familyName) {
		delegate.getByLabel(ar("registration.function")).selectOption(function);
		delegate.getByLabel(ar("registration.givenNames")).fill(givenNames);
		delegate.getByLabel(ar("registration.familyName")).fill(familyName);
		delegate.getByLabel(ar("registration.jobTitle")).fill("مستشار، البعثة الدائمة");
		delegate.getByLabel(ar("registration.gender")).selectOption("MAN");
		delegate.getByLabel(ar("registration.listed.label")).check();
		delegate.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(ar("registration.addParticipant"))).click();
		assertThat(delegate.locator("main")).containsText(ar("registration.participantAdded"));
	}

	/**
	 * The demo's working-group session, open for registration.
	 */
	private Long openSession() {
		return this.jdbc.sql("select id from meeting where title = 'Working group on capacity-building, first session'")
			.query(Long.class)
			.single();
	}

	private Path noteVerbale(String name) throws IOException {
		Path file = this.files.resolve(name);
		Files.write(file, "%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n".getBytes());
		return file;
	}

	private static String ar(String key, Object... arguments) {
		return Bundle.text("ar", key, arguments);
	}

	private Page signIn(BrowserContext context, String username) {
		return DemoAccounts.signIn(context, url("/login"), username);
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
