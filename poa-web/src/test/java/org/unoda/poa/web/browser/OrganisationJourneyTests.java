package org.unoda.poa.web.browser;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.unoda.poa.meetings.accreditation.Accreditations;
import org.unoda.poa.web.TestClock;
import org.unoda.poa.web.TestData;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A new organisation's whole way in, in a real browser, once in Arabic and once with the
 * keyboard alone: it signs up, its focal point sets a password through the link mailed to
 * them, applies for accreditation; the secretariat circulates the application; once the
 * deadline passes without objection, the organisation is on the public list of accredited
 * organisations.
 */
@BrowserTest
class OrganisationJourneyTests {

	private static final Locale ARABIC = Locale.forLanguageTag("ar");

	private static final Page.GetByLabelOptions EXACT = new Page.GetByLabelOptions().setExact(true);

	private static final Pattern LINK = Pattern.compile("(/account/set-password\\?token=[A-Za-z0-9_-]+)");

	@LocalServerPort
	int port;

	@Autowired
	MessageSource messages;

	@Autowired
	GreenMail greenMail;

	@Autowired
	TestClock clock;

	@Autowired
	Accreditations accreditations;

	@AfterEach
	void backToRealTime() {
		this.clock.reset();
	}

	@Test
	void inArabicAnOrganisationSignsUpSetsItsPasswordAppliesAndIsAccredited() throws Exception {
		String unique = TestData.unique();
		String name = "مرصد الأمن السيبراني " + unique;
		String email = "focal." + unique + "@example.org";
		String password = "a long passphrase for the focal point " + unique;
		try (BrowserContext browser = Chromium.newContext()) {
			Page page = browser.newPage();
			page.navigate(url("/stakeholders/sign-up?lang=ar"));
			assertThat(page.locator("html")).hasAttribute("dir", "rtl");
			page.getByLabel(message("organisation.name"), EXACT).fill(name);
			page.getByLabel(message("stakeholders.type"), EXACT).selectOption("ACADEMIA");
			page.getByLabel(message("organisation.website"), EXACT).fill("https://example.org/observatory");
			page.getByLabel(message("organisation.personName"), EXACT).fill("ليلى حداد");
			page.getByLabel(message("organisation.email"), EXACT).fill(email);
			page.getByLabel(message("organisation.username"), EXACT).fill("focal." + unique);
			Accessibility.assertNoSeriousViolations(page);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(message("organisation.signUpButton")))
				.click();
			assertThat(page.locator("main [role=status]")).hasText(message("organisation.signedUp"));

			page.navigate(url(linkMailedTo(email)));
			page.getByLabel(message("password.new"), EXACT).fill(password);
			page.getByLabel(message("password.confirmation"), EXACT).fill(password);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(message("password.submit"))).click();
			assertThat(page.locator("main")).containsText(message("password.set"));

			page.navigate(url("/login"));
			page.getByLabel(message("signIn.username"), EXACT).fill("focal." + unique);
			page.getByLabel(message("signIn.password"), EXACT).fill(password);
			page.locator("main")
				.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(message("signIn.submit")))
				.click();
			page.navigate(url("/stakeholders/apply"));
			page.getByLabel(message("accreditation.purpose"), EXACT).fill("بحث مستقل في أمن الفضاء السيبراني.");
			page.getByLabel(message("accreditation.activities"), EXACT).fill("دراسات وتدريب.");
			page.getByLabel(message("accreditation.relevance"), EXACT).fill("بناء القدرات والقانون الدولي.");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(message("accreditation.submit"))).click();
			assertThat(page.locator("main [role=status]")).hasText(message("accreditation.applied"));
		}
		try (BrowserContext browser = Chromium.newContext()) {
			Page secretariat = DemoAccounts.signIn(browser, url("/login"), "secretariat");
			secretariat.navigate(url("/stakeholders/applications?lang=ar"));
			secretariat.getByRole(AriaRole.BUTTON,
					new Page.GetByRoleOptions().setName(message("accreditation.circulateNamed", name)))
				.click();
			assertThat(secretariat.locator("main [role=status]")).hasText(message("accreditation.circulated"));
		}
		this.clock.advance(Duration.ofDays(31));
		this.accreditations.closeDue();
		try (BrowserContext browser = Chromium.newContext()) {
			Page visitor = browser.newPage();
			visitor.navigate(url("/stakeholders?lang=ar"));
			assertThat(visitor.locator("main table")).containsText(name);
		}
	}

	@Test
	void withTheKeyboardAloneAnOrganisationSignsUpAppliesAndIsAccredited() throws Exception {
		String unique = TestData.unique();
		String name = "Cyber Policy Observatory " + unique;
		String email = "keys." + unique + "@example.org";
		String password = "a long passphrase typed on the keyboard " + unique;
		try (BrowserContext browser = Chromium.newContext()) {
			Page page = browser.newPage();
			page.navigate(url("/stakeholders?lang=en"));
			Keyboard.activate(page, "Sign up an organisation");
			assertThat(page.locator("main h1")).hasText("Sign up an organisation");
			// the browser may fill in what it knows of the person signing up (WCAG 1.3.5)
			assertThat(page.locator("#focalPointEmail")).hasAttribute("autocomplete", "email");
			assertThat(page.locator("#name")).hasAttribute("autocomplete", "organization");
			type(page, "Full name", name);
			// a closed list selects by typing the start of an option
			type(page, "Type", "Academia");
			type(page, "Website", "https://example.org/keys");
			type(page, "Name", "Ada Keys");
			type(page, "E-mail address", email);
			type(page, "Sign-in name", "keys." + unique);
			Keyboard.activate(page, "Sign up");
			assertThat(page.locator("main [role=status]")).containsText("The organisation is signed up");

			page.navigate(url(linkMailedTo(email)));
			type(page, "New password", password);
			type(page, "New password again", password);
			Keyboard.activate(page, "Set the password");
			assertThat(page.locator("main")).containsText("Your password is set");

			DemoAccounts.signInWithKeyboard(page, url("/login"), "keys." + unique, password);
			page.navigate(url("/stakeholders"));
			Keyboard.activate(page, "Apply for accreditation");
			assertThat(page).hasURL(Pattern.compile(".*/stakeholders/apply$"));
			type(page, "Purpose of the organisation", "Independent research on ICT security.");
			type(page, "Activities", "Studies and training.");
			type(page, "Relevance to the Programme of Action", "Capacity-building and international law.");
			Keyboard.activate(page, "Submit the application");
			assertThat(page.locator("main [role=status]")).containsText("submitted to the secretariat");
		}
		try (BrowserContext browser = Chromium.newContext()) {
			Page secretariat = DemoAccounts.signInWithKeyboard(browser, url("/login"), "secretariat");
			secretariat.navigate(url("/stakeholders/applications"));
			Keyboard.activate(secretariat, "Circulate or confirm the application of " + name);
			assertThat(secretariat.locator("main [role=status]")).containsText("The application was circulated");
		}
		this.clock.advance(Duration.ofDays(31));
		this.accreditations.closeDue();
		try (BrowserContext browser = Chromium.newContext()) {
			Page visitor = browser.newPage();
			visitor.navigate(url("/stakeholders?lang=en"));
			assertThat(visitor.locator("main table")).containsText(name);
		}
	}

	/**
	 * Tabs to the field with this label and types into it.
	 */
	private static void type(Page page, String label, String text) {
		Keyboard.tabTo(page, label);
		page.keyboard().type(text);
	}

	private String linkMailedTo(String email) throws Exception {
		MimeMessage[] mails = this.greenMail.getReceivedMessagesForDomain(email);
		assertThat(mails).hasSize(1);
		Matcher link = LINK.matcher((String) mails[0].getContent());
		assertThat(link.find()).isTrue();
		return link.group(1);
	}

	private String message(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, ARABIC);
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
