package org.unoda.poa.web.layout;

import java.util.Locale;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.unoda.poa.core.user.UserAccount;
import org.unoda.poa.core.user.UserAccountRepository;
import org.unoda.poa.web.PoaIntegrationTest;
import org.unoda.poa.web.TestData;
import org.unoda.poa.web.security.TestSignIn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;

/**
 * The six UN languages: chosen on any page, remembered by the browser and by a signed-in
 * person's account, taken from the browser otherwise, and Arabic laid out right to left.
 */
@PoaIntegrationTest
class LanguageIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	UserAccountRepository accounts;

	@Test
	void aSignedInPersonsChoiceFollowsThemToAnyBrowserAndToTheirMail() throws Exception {
		UserAccount delegate = this.data.delegate("JOR");
		assertThat(delegate.getPreferredLocale()).isEmpty();
		this.mvc.perform(get("/states").param("lang", "ar").with(TestSignIn.as(delegate)))
			.andExpect(content().string(containsString("dir=\"rtl\"")));

		UserAccount reloaded = this.accounts.findById(delegate.getId()).orElseThrow();
		assertThat(reloaded.getPreferredLocale()).contains(Locale.forLanguageTag("ar"));
		assertThat(UserMails.localeOf(reloaded)).isEqualTo(Locale.forLanguageTag("ar"));
		assertThat(reloaded.getVersion()).as("a preference, not a change that ends the person's sessions")
			.isEqualTo(delegate.getVersion());
		// another browser, no cookie, a browser asking for English: the person's choice wins
		this.mvc.perform(get("/states").header("Accept-Language", "en").with(TestSignIn.as(reloaded)))
			.andExpect(content().string(containsString("lang=\"ar\"")))
			.andExpect(content().string(containsString("dir=\"rtl\"")));
		// a choice made on this browser wins over the one remembered
		this.mvc.perform(get("/states").cookie(new Cookie(UnLanguageLocaleResolver.COOKIE, "es"))
			.with(TestSignIn.as(reloaded))).andExpect(content().string(containsString("lang=\"es\"")));
		// the public's choice is remembered by the browser only
		this.mvc.perform(get("/states").param("lang", "zh")).andExpect(content().string(containsString("lang=\"zh\"")));
	}

	@Test
	void arabicPagesAreRightToLeft() throws Exception {
		this.mvc.perform(get("/states").param("lang", "ar"))
			.andExpect(content().string(containsString("lang=\"ar\"")))
			.andExpect(content().string(containsString("dir=\"rtl\"")))
			.andExpect(content().string(containsString("bootstrap.rtl.min.css")))
			.andExpect(content().string(containsString("السلفادور")))
			.andExpect(cookie().value(UnLanguageLocaleResolver.COOKIE, "ar"));
	}

	@Test
	void englishPagesAreLeftToRight() throws Exception {
		this.mvc.perform(get("/states"))
			.andExpect(content().string(containsString("lang=\"en\"")))
			.andExpect(content().string(containsString("dir=\"ltr\"")))
			.andExpect(content().string(containsString("bootstrap.min.css")));
	}

	@Test
	void remembersTheChoiceInACookie() throws Exception {
		this.mvc.perform(get("/states").cookie(new Cookie(UnLanguageLocaleResolver.COOKIE, "fr")))
			.andExpect(content().string(containsString("lang=\"fr\"")))
			.andExpect(content().string(containsString("Mexique")));
	}

	@Test
	void fallsBackOnTheBrowsersPreferenceAndThenOnEnglish() throws Exception {
		this.mvc.perform(get("/states").header("Accept-Language", "de-CH, ru;q=0.8, en;q=0.5"))
			.andExpect(content().string(containsString("lang=\"ru\"")))
			.andExpect(content().string(containsString("Мексика")));
		this.mvc.perform(get("/states").header("Accept-Language", "de-CH, it;q=0.8"))
			.andExpect(content().string(containsString("lang=\"en\"")));
		this.mvc.perform(get("/states").param("lang", "de")).andExpect(content().string(containsString("lang=\"en\"")));
	}

}
