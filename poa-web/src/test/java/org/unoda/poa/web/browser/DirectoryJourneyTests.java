package org.unoda.poa.web.browser;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.unoda.poa.web.TestData;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The directory's journeys in a real browser, as the people who make them: an approver of El
 * Salvador nominates, the secretariat verifies; the secretariat runs a communication check and
 * watches it progress while a contact acknowledges from the e-mail's link, in English, in Arabic
 * and with the keyboard alone.
 */
@BrowserTest
class DirectoryJourneyTests {

	private static final Pattern LINK = Pattern.compile("https?://\\S+/acknowledge/[A-Za-z0-9_-]+");

	private static final LocatorAssertions.HasTextOptions PATIENTLY = new LocatorAssertions.HasTextOptions()
		.setTimeout(20_000);

	@LocalServerPort
	int port;

	@Autowired
	GreenMail greenMail;

	@Test
	void anApproverNominatesATechnicalContactAndTheSecretariatVerifiesIt() {
		String name = "Contacto " + TestData.unique();
		try (BrowserContext approverBrowser = Chromium.newContext();
				BrowserContext secretariatBrowser = Chromium.newContext()) {
			Page approver = signIn(approverBrowser, "slv.approver");
			approver.navigate(url("/states/SLV"));
			approver.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nominate a contact")).click();
			approver.getByLabel("Level").selectOption("TECHNICAL");
			approver.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill(name);
			approver.getByLabel("Agency").fill("CSIRT-SV");
			approver.getByLabel("E-mail addresses").fill("respuesta@csirt.sv.example.org");
			approver.getByLabel("Working languages").fill("es, en");
			approver.getByLabel("Time zone").fill("America/El_Salvador");
			approver.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
			assertThat(approver.locator("main h1")).hasText(name);
			String contactPage = approver.url();

			Page secretariat = signIn(secretariatBrowser, "secretariat");
			secretariat.navigate(contactPage);
			secretariat.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Verify")).click();

			Locator history = secretariat.locator("section[aria-labelledby=history] li");
			assertThat(history).hasCount(2);
			assertThat(history.nth(0)).containsText("Nominated by slv.approver");
			assertThat(history.nth(1)).containsText("Verified by secretariat");
		}
	}

	@Test
	void theSecretariatWatchesACheckProgressWhileAContactAcknowledges() {
		String title = "Browser check " + TestData.unique();
		try (BrowserContext secretariatBrowser = Chromium.newContext(); BrowserContext contactBrowser = Chromium.newContext()) {
			Page secretariat = signIn(secretariatBrowser, "secretariat");
			secretariat.navigate(url("/directory/checks/new"));
			secretariat.getByLabel("Title").fill(title);
			secretariat.getByLabel("Only these States").selectOption("EST");
			secretariat.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start the check")).click();
			assertThat(secretariat.locator("main h1")).hasText(title);
			// the page refreshes itself: no reload from here on
			assertThat(secretariat.locator("#count-pending")).hasText("0", PATIENTLY);

			// the e-mail links to the configured address; this test server listens on another port
			String link = awaitLink(title);
			Page contact = contactBrowser.newPage();
			contact.navigate(url(link.substring(link.indexOf("/acknowledge/"))));
			contact.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Confirm receipt")).click();
			assertThat(contact.locator("main")).containsText("Your confirmation was recorded");

			assertThat(secretariat.locator("#count-acknowledged")).hasText("1", PATIENTLY);
		}
	}

	@Test
	void inArabicTheSecretariatRunsACheckAndAContactAcknowledges() {
		String title = "اختبار الاتصال " + TestData.unique();
		try (BrowserContext secretariatBrowser = Chromium.newContext(); BrowserContext contactBrowser = Chromium.newContext()) {
			Page secretariat = signIn(secretariatBrowser, "secretariat");
			secretariat.navigate(url("/directory/checks/new?lang=ar"));
			assertThat(secretariat.locator("html")).hasAttribute("dir", "rtl");
			secretariat.getByLabel(Bundle.text("ar", "check.title")).fill(title);
			secretariat.getByLabel(Bundle.text("ar", "check.states")).selectOption("KEN");
			Accessibility.assertNoSeriousViolations(secretariat);
			secretariat.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Bundle.text("ar", "check.start")))
				.click();
			assertThat(secretariat.locator("main h1")).hasText(title);
			assertThat(secretariat.locator("#count-pending")).hasText("0", PATIENTLY);
			Accessibility.assertNoSeriousViolations(secretariat);

			String link = awaitLink(title);
			Page contact = contactBrowser.newPage();
			contact.navigate(url(link.substring(link.indexOf("/acknowledge/")) + "?lang=ar"));
			contact.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Bundle.text("ar", "acknowledge.button")))
				.click();
			assertThat(contact.locator("main")).containsText(Bundle.opening("ar", "acknowledge.recorded"));
			assertThat(secretariat.locator("#count-acknowledged")).hasText("1", PATIENTLY);
		}
	}

	@Test
	void withTheKeyboardAloneTheSecretariatRunsACheckAndAContactAcknowledges() {
		String title = "Keyboard check " + TestData.unique();
		try (BrowserContext secretariatBrowser = Chromium.newContext(); BrowserContext contactBrowser = Chromium.newContext()) {
			Page secretariat = DemoAccounts.signInWithKeyboard(secretariatBrowser, url("/login"), "secretariat");

			secretariat.navigate(url("/directory/checks/new"));
			Keyboard.tabTo(secretariat, "Title");
			secretariat.keyboard().type(title);
			Keyboard.tabTo(secretariat, "Only these States");
			// a list box selects by typing the start of an option
			secretariat.keyboard().type("Japan");
			assertThat(secretariat.getByLabel("Only these States")).hasValue("JPN");
			Keyboard.activate(secretariat, "Start the check");
			assertThat(secretariat.locator("main h1")).hasText(title);
			assertThat(secretariat.locator("#count-pending")).hasText("0", PATIENTLY);

			String link = awaitLink(title);
			Page contact = contactBrowser.newPage();
			contact.navigate(url(link.substring(link.indexOf("/acknowledge/"))));
			Keyboard.activate(contact, "Confirm receipt");
			assertThat(contact.locator("main")).containsText("Your confirmation was recorded");
			assertThat(secretariat.locator("#count-acknowledged")).hasText("1", PATIENTLY);
		}
	}

	@Test
	void signingInWorksWithTheKeyboardAlone() {
		try (BrowserContext context = Chromium.newContext()) {
			Page page = context.newPage();
			page.navigate(url("/login"));
			assertThat(page.locator("#username")).isFocused();
			page.keyboard().type("mex.delegate");
			page.keyboard().press("Tab");
			page.keyboard().type("poa-demo");
			page.keyboard().press("Enter");
			assertThat(page.locator("main h1")).containsText("Welcome");
			assertThat(page.locator("main")).containsText("Mexico");

			page.navigate(url("/directory"));
			page.keyboard().press("Tab");
			assertThat(page.locator(":focus")).hasText("Skip to main content");
			page.keyboard().press("Enter");
			assertThat(page.locator("main")).isFocused();
		}
	}

	private Page signIn(BrowserContext context, String username) {
		return DemoAccounts.signIn(context, url("/login"), username);
	}

	private String awaitLink(String checkTitle) {
		return await().atMost(Duration.ofSeconds(20))
			.until(() -> Arrays.stream(this.greenMail.getReceivedMessages())
				.filter(message -> subject(message).contains(checkTitle))
				.map(DirectoryJourneyTests::link)
				.flatMap(Optional::stream)
				.findFirst(), Optional::isPresent)
			.orElseThrow();
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	private static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Optional<String> link(MimeMessage message) {
		try {
			Matcher matcher = LINK.matcher((String) message.getContent());
			return matcher.find() ? Optional.of(matcher.group()) : Optional.empty();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
