package org.unoda.poa.web.browser;

import java.util.Locale;
import java.util.regex.Pattern;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Capacity-building in a real browser on the demo data: a delegate of El Salvador turns a need
 * stated in the State's submitted report into a published need, and the secretariat matches it
 * with the offer the platform suggests, which puts both States in contact; and again in Arabic,
 * with another need of the same report.
 */
@BrowserTest
class CapacityJourneyTests {

	private static final String NEED = "Incident response and CERT maturity";

	private static final String OFFER = "Formación de analistas de CSIRT para Centroamérica";

	@LocalServerPort
	int port;

	@Autowired
	MessageSource messages;

	@Test
	void aDelegateTurnsANeedFromTheReportIntoAPublishedNeedAndTheSecretariatMatchesIt() {
		try (BrowserContext browser = Chromium.newContext()) {
			Page delegate = signIn(browser, "slv.delegate");
			delegate.navigate(url("/capacity"));
			delegate.getByRole(AriaRole.LINK,
					new Page.GetByRoleOptions().setName("Declare needs from “Informe nacional de El Salvador 2026”"))
				.click();
			assertThat(delegate.locator("main h1")).hasText("Needs from a national report");
			Locator drafts = delegate.locator("input[name=keys]");
			for (int i = 0; i < drafts.count(); i++) {
				drafts.nth(i).uncheck();
			}
			delegate.getByLabel(NEED).check();
			assertThat(delegate.getByLabel("Publish: everyone may read this need")).isChecked();
			Accessibility.assertNoSeriousViolations(delegate);
			delegate.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Declare the chosen needs")).click();
			assertThat(delegate.locator("main [role=status]")).containsText("The chosen needs are declared.");
			assertThat(delegate.locator("#own-needs ~ div table")).containsText(NEED);
		}
		try (BrowserContext browser = Chromium.newContext()) {
			Page visitor = browser.newPage();
			visitor.navigate(url("/capacity"));
			assertThat(visitor.locator("main")).containsText(NEED);
			// the chart's bars grow from the edge where its labels start
			assertThat(edgeBarsGrowFrom(visitor)).isEqualTo("left");
			assertThat(visitor.locator("main")).not().containsText(OFFER);
		}
		try (BrowserContext browser = Chromium.newContext()) {
			Page secretariat = signIn(browser, "secretariat");
			secretariat.navigate(url("/capacity"));
			Locator suggestion = secretariat.locator("#suggestions ~ div tr")
				.filter(new Locator.FilterOptions().setHasText("El Salvador"))
				.filter(new Locator.FilterOptions().setHasText(OFFER));
			assertThat(suggestion).containsText(NEED);
			suggestion.getByLabel("Note to the parties").fill("Mexico has places in its next course.");
			suggestion.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Confirm the match")).click();
			assertThat(secretariat.locator("main [role=status]"))
				.containsText("The match is confirmed and the parties are told.");
			assertThat(secretariat.locator("main")).containsText("slv.delegate@poa.example.org");
			assertThat(secretariat.locator("main")).containsText("mex.delegate@poa.example.org");
			Accessibility.assertNoSeriousViolations(secretariat);
			secretariat.getByLabel("Outcome", new Page.GetByLabelOptions().setExact(true)).selectOption("AGREED");
			secretariat.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record").setExact(true)).click();
			assertThat(secretariat.locator("main [role=status]")).containsText("The outcome is recorded.");
			assertThat(secretariat.locator("main")).containsText("Agreed");
		}
	}

	@Test
	void inArabicADelegateDeclaresANeedFromTheReportAndTheSecretariatMatchesIt() {
		String need = "Capacitación para los asesores jurídicos";
		String offer = "Formation des conseillers juridiques au droit international";
		try (BrowserContext browser = Chromium.newContext()) {
			Page delegate = signIn(browser, "slv.delegate");
			delegate.navigate(url("/capacity?lang=ar"));
			assertThat(delegate.locator("html")).hasAttribute("dir", "rtl");
			delegate.locator("a[href*='/capacity/reports/']")
				.filter(new Locator.FilterOptions().setHasText(Pattern.compile("El Salvador 2026(?!-)")))
				.click();
			assertThat(delegate.locator("main h1")).hasText(message("capacity.fromReport.title"));
			Locator drafts = delegate.locator("input[name=keys]");
			for (int i = 0; i < drafts.count(); i++) {
				drafts.nth(i).uncheck();
			}
			delegate.getByLabel(need).check();
			Accessibility.assertNoSeriousViolations(delegate);
			delegate.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(message("capacity.fromReport.declare")))
				.click();
			assertThat(delegate.locator("main [role=status]")).hasText(message("capacity.declaredFromReport"));
		}
		try (BrowserContext browser = Chromium.newContext()) {
			Page secretariat = signIn(browser, "secretariat");
			secretariat.navigate(url("/capacity?lang=ar"));
			Locator suggestion = secretariat.locator("#suggestions ~ div tr")
				.filter(new Locator.FilterOptions().setHasText(need))
				.filter(new Locator.FilterOptions().setHasText(offer));
			suggestion.getByRole(AriaRole.BUTTON,
					new Locator.GetByRoleOptions().setName(message("capacity.match.confirm")))
				.click();
			assertThat(secretariat.locator("main [role=status]")).hasText(message("capacity.matchConfirmed"));
			assertThat(secretariat.locator("html")).hasAttribute("dir", "rtl");
			// the chart reads from the right, as the page does; its words are not mirrored
			secretariat.navigate(url("/capacity?lang=ar"));
			assertThat(edgeBarsGrowFrom(secretariat)).isEqualTo("right");
			Accessibility.assertNoSeriousViolations(secretariat);
		}
	}

	@Test
	void withTheKeyboardAloneADelegateDeclaresOneNeedOfTheReport() {
		try (BrowserContext browser = Chromium.newContext()) {
			Page delegate = signIn(browser, "slv.delegate");
			delegate.navigate(url("/capacity"));
			Keyboard.activate(delegate, "Declare needs from “Informe nacional de El Salvador 2026”");
			assertThat(delegate.locator("main h1")).hasText("Needs from a national report");
			// every box but the one on legislation is unticked with the space bar on the way to the button
			for (int i = 0; i < 80 && !"Declare the chosen needs".equals(Keyboard.focusedName(delegate)); i++) {
				delegate.keyboard().press("Tab");
				boolean legislation = "Legislation".equals(Keyboard.focusedName(delegate));
				if (Keyboard.focusedIsBox(delegate) && Keyboard.focusedIsCheckedBox(delegate) != legislation
						&& !"Publish: everyone may read this need".equals(Keyboard.focusedName(delegate))) {
					delegate.keyboard().press("Space");
				}
			}
			assertThat(delegate.getByLabel("Legislation")).isChecked();
			delegate.keyboard().press("Enter");
			assertThat(delegate.locator("main [role=status]")).containsText("The chosen needs are declared.");
			assertThat(delegate.locator("#own-needs ~ div table")).containsText("Legislation");
		}
	}

	/**
	 * The edge of the capacity chart its first bar shares with the label of its row: left, or
	 * right on a mirrored chart.
	 */
	private static String edgeBarsGrowFrom(Page page) {
		return (String) page.evaluate("""
				() => {
				  const bar = [...document.querySelectorAll('rect.chart-needs')].find((r) => r.getBoundingClientRect().width > 0);
				  const label = bar.parentElement.querySelector('text').getBoundingClientRect();
				  const box = bar.getBoundingClientRect();
				  if (Math.abs(box.left - label.left) < 1) return 'left';
				  if (Math.abs(box.right - label.right) < 1) return 'right';
				  return 'neither';
				}""");
	}

	private String message(String key) {
		return this.messages.getMessage(key, null, Locale.forLanguageTag("ar"));
	}

	private Page signIn(BrowserContext context, String username) {
		return DemoAccounts.signIn(context, url("/login"), username);
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
