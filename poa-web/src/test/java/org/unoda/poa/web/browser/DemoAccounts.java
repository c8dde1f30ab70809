package org.unoda.poa.web.browser;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Signing in to the demo platform with one of its accounts, as a person would.
 */
final class DemoAccounts {

	static final String PASSWORD = "poa-demo";

	private DemoAccounts() {
	}

	/**
	 * A new page of the context, signed in as the demo account, on the home page, in English
	 * whatever language another test left on the account: the choice made on this browser wins.
	 * @param loginUrl the sign-in page's full address
	 */
	static Page signIn(BrowserContext context, String loginUrl, String username) {
		Page page = context.newPage();
		page.navigate(loginUrl + "?lang=en");
		page.getByLabel("Username").fill(username);
		page.getByLabel("Password").fill(PASSWORD);
		page.locator("main").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Sign in")).click();
		passSecondStep(page);
		assertThat(page.locator("main h1")).containsText("Welcome");
		return page;
	}

	/**
	 * The demo administrator and secretariat sign in in two steps. Their authenticator key is
	 * public, so the code page shows the code their app would show: type it, with the keyboard
	 * (the code field has the focus), as the person would. A code is accepted once only: when
	 * this account's codes of the moment are used up, wait for the next one.
	 */
	static void passSecondStep(Page page) {
		Locator heading = page.locator("main h1");
		assertThat(heading).containsText(Pattern.compile("Welcome|Enter your code"));
		if (!heading.textContent().contains("Enter your code")) {
			return;
		}
		Matcher code = Pattern.compile("\\d{6}").matcher(page.locator("#demo-code").textContent());
		for (int tries = 0; !code.find() && tries < 8; tries++) {
			page.waitForTimeout(5000);
			page.reload();
			code = Pattern.compile("\\d{6}").matcher(page.locator("#demo-code").textContent());
		}
		assertThat(page.getByLabel("Code", new Page.GetByLabelOptions().setExact(true))).isFocused();
		page.keyboard().type(code.group());
		page.keyboard().press("Enter");
	}

	/**
	 * A new page of the context, signed in with the keyboard alone (the sign-in name has the
	 * focus when the page opens), in English, on the home page.
	 */
	static Page signInWithKeyboard(BrowserContext context, String loginUrl, String username) {
		return signInWithKeyboard(context.newPage(), loginUrl, username, PASSWORD);
	}

	/**
	 * Signs the page in with the keyboard alone, in English, to the home page.
	 */
	static Page signInWithKeyboard(Page page, String loginUrl, String username, String password) {
		page.navigate(loginUrl + "?lang=en");
		// the sign-in name has the focus once the page is ready: typing earlier would lose letters
		assertThat(page.getByLabel("Username")).isFocused();
		page.keyboard().type(username);
		page.keyboard().press("Tab");
		assertThat(page.getByLabel("Password")).isFocused();
		page.keyboard().type(password);
		page.keyboard().press("Enter");
		passSecondStep(page);
		assertThat(page.locator("main h1")).containsText("Welcome");
		return page;
	}

}
