package org.unoda.poa.web.stakeholder;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.unoda.poa.core.organisation.Organisation;
import org.unoda.poa.core.user.Role;
import org.unoda.poa.core.user.UserAccount;
import org.unoda.poa.core.user.UserAccountRepository;
import org.unoda.poa.web.PoaIntegrationTest;
import org.unoda.poa.web.TestData;
import org.unoda.poa.web.security.TestSignIn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An organisation signs up with its focal point, who proves the e-mail address by setting a
 * password through the link mailed to it, and then adds and disables its representatives'
 * accounts; nobody else manages them.
 */
@PoaIntegrationTest
class OrganisationPeopleIntegrationTests {

	private static final Pattern LINK = Pattern.compile("/account/set-password\\?token=([A-Za-z0-9_-]+)");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	UserAccountRepository accounts;

	@Autowired
	GreenMail greenMail;

	@Test
	void anOrganisationSignsUpAndItsFocalPointSetsAPasswordThroughTheMailedLink() throws Exception {
		String unique = TestData.unique();
		String name = "Cyber Peace Lab " + unique;
		String email = "focal." + unique + "@example.org";
		this.mvc.perform(signUp(name, "focal." + unique, email))
			.andExpect(redirectedUrl("/stakeholders"))
			.andExpect(flash().attribute("flashMessage", "organisation.signedUp"));

		UserAccount focalPoint = this.accounts.findByUsername("focal." + unique).orElseThrow();
		assertThat(focalPoint.getRole()).isEqualTo(Role.STAKEHOLDER);
		assertThat(focalPoint.isFocalPoint()).isTrue();
		assertThat(focalPoint.hasPassword()).isFalse();
		String body = (String) mailsTo(email).get(0).getContent();
		Matcher link = LINK.matcher(body);
		assertThat(link.find()).as(body).isTrue();
		this.mvc.perform(get("/account/set-password").param("token", link.group(1))).andExpect(status().isOk());
		this.mvc.perform(get("/stakeholders/organisation").with(TestSignIn.as(focalPoint)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(name)))
			.andExpect(content().string(containsString("Add the representative")));
	}

	@Test
	void aSignUpRefusedForOneFieldSaysWhichAndCreatesNothing() throws Exception {
		String unique = TestData.unique();
		Organisation existing = this.data.organisation();
		this.mvc.perform(signUp(existing.getName(), "taken." + unique, "taken." + unique + "@example.org"))
			.andExpect(status().isOk())
			.andExpect(model().attribute("errorField", "name"))
			.andExpect(content().string(containsString("has already signed up")));
		this.mvc.perform(signUp("Lab " + unique, "site." + unique, "site." + unique + "@example.org", "example"))
			.andExpect(model().attribute("errorField", "website"));
		this.mvc.perform(signUp("Lab " + unique, "mail." + unique, "not-an-address"))
			.andExpect(model().attribute("errorField", "focalPointEmail"));
		assertThat(this.accounts.findByUsername("taken." + unique)).isEmpty();
		assertThat(this.accounts.findByUsername("site." + unique)).isEmpty();
		assertThat(mailsTo("taken." + unique + "@example.org")).isEmpty();
	}

	@Test
	void theFocalPointAloneAddsDisablesAndEnablesRepresentatives() throws Exception {
		String unique = TestData.unique();
		this.mvc.perform(signUp("Observatory " + unique, "fp." + unique, "fp." + unique + "@example.org"));
		UserAccount focalPoint = this.accounts.findByUsername("fp." + unique).orElseThrow();

		this.mvc.perform(addRepresentative("rep." + unique, "rep." + unique + "@example.org").with(TestSignIn.as(focalPoint)))
			.andExpect(flash().attribute("flashMessage", "organisation.representativeAdded"));
		UserAccount representative = this.accounts.findByUsername("rep." + unique).orElseThrow();
		assertThat(representative.getOrganisation()).map(Organisation::getId)
			.isEqualTo(focalPoint.getOrganisation().map(Organisation::getId));
		assertThat(representative.isFocalPoint()).isFalse();
		assertThat(GreenMailUtil.getBody(mailsTo("rep." + unique + "@example.org").get(0))).contains("rep." + unique);

		// a representative, another organisation's focal point, a delegate: none manage these people
		this.mvc.perform(addRepresentative("rep2." + unique, "rep2." + unique + "@example.org")
			.with(TestSignIn.as(representative))).andExpect(status().isForbidden());
		this.mvc.perform(post("/stakeholders/organisation/representatives/{id}/disable", focalPoint.getId()).with(csrf())
			.with(TestSignIn.as(representative))).andExpect(status().isForbidden());
		this.mvc.perform(signUp("Other " + unique, "other." + unique, "other." + unique + "@example.org"));
		UserAccount otherFocalPoint = this.accounts.findByUsername("other." + unique).orElseThrow();
		this.mvc.perform(post("/stakeholders/organisation/representatives/{id}/disable", representative.getId())
			.with(csrf())
			.with(TestSignIn.as(otherFocalPoint))).andExpect(status().isNotFound());
		this.mvc.perform(get("/stakeholders/organisation").with(TestSignIn.as(this.data.delegate("MEX"))))
			.andExpect(status().isForbidden());
		assertThat(this.accounts.findByUsername("rep2." + unique)).isEmpty();

		this.mvc.perform(post("/stakeholders/organisation/representatives/{id}/disable", focalPoint.getId()).with(csrf())
			.with(TestSignIn.as(focalPoint))).andExpect(flash().attribute("flashError", "organisation.notYourself"));
		this.mvc.perform(post("/stakeholders/organisation/representatives/{id}/disable", representative.getId())
			.with(csrf())
			.with(TestSignIn.as(focalPoint))).andExpect(flash().attribute("flashMessage", "organisation.representativeDisabled"));
		assertThat(this.accounts.findByUsername("rep." + unique).orElseThrow().isEnabled()).isFalse();
		this.mvc.perform(post("/stakeholders/organisation/representatives/{id}/enable", representative.getId())
			.with(csrf())
			.with(TestSignIn.as(focalPoint))).andExpect(flash().attribute("flashMessage", "organisation.representativeEnabled"));
		assertThat(this.accounts.findByUsername("rep." + unique).orElseThrow().isEnabled()).isTrue();
	}

	@Test
	void oneAddressSignsUpTenTimesAnHourAtMost() throws Exception {
		String unique = TestData.unique();
		for (int i = 0; i < 10; i++) {
			// refused for a bad address, yet counted: each try answers whether the name is taken
			this.mvc.perform(signUp("Lab " + unique, "try" + i + "." + unique, "not-an-address").with(from("192.0.2.50")))
				.andExpect(status().isOk());
		}
		this.mvc
			.perform(signUp("Lab " + unique, "late." + unique, "late." + unique + "@example.org")
				.with(from("192.0.2.50")))
			.andExpect(status().isTooManyRequests())
			.andExpect(content().string(containsString("Too many sign-ups from this network")));
		assertThat(mailsTo("late." + unique + "@example.org")).isEmpty();
		// another network is not held back
		this.mvc.perform(signUp("Lab " + unique, "other." + unique, "other." + unique + "@example.org")
			.with(from("192.0.2.51"))).andExpect(redirectedUrl("/stakeholders"));
	}

	private static RequestPostProcessor from(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	private static MockHttpServletRequestBuilder signUp(String name, String username, String email) {
		return signUp(name, username, email, "https://example.org/lab");
	}

	private static MockHttpServletRequestBuilder signUp(String name, String username, String email, String website) {
		return post("/stakeholders/sign-up").param("name", name)
			.param("acronym", "CPL")
			.param("type", "ACADEMIA")
			.param("website", website)
			.param("focalPointName", "Noor Haddad")
			.param("focalPointEmail", email)
			.param("username", username)
			.with(csrf());
	}

	private static MockHttpServletRequestBuilder addRepresentative(String username, String email) {
		return post("/stakeholders/organisation/representatives").param("username", username)
			.param("focalPointName", "Rep " + username)
			.param("focalPointEmail", email)
			.with(csrf());
	}

	private List<MimeMessage> mailsTo(String address) {
		return Arrays.stream(this.greenMail.getReceivedMessagesForDomain(address)).toList();
	}

}
