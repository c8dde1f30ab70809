package org.unoda.poa.web.admin;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.unoda.poa.core.user.Role;
import org.unoda.poa.core.user.UserAccount;
import org.unoda.poa.core.user.UserAccountRepository;
import org.unoda.poa.web.PoaIntegrationTest;
import org.unoda.poa.web.TestData;
import org.unoda.poa.web.security.TestSignIn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.matchesRegex;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Administrators manage accounts in the pages: create, change, disable, and let people set
 * their own password through a one-time link.
 */
@PoaIntegrationTest
class UserAdministrationIntegrationTests {

	private static final Pattern LINK = Pattern.compile("/account/set-password\\?token=([A-Za-z0-9_-]+)");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	UserAccountRepository accounts;

	@Test
	void createsADelegateBoundToAState() throws Exception {
		String username = "new." + TestData.unique();

		this.mvc.perform(create(username, "Nueva Delegada", username + "@example.org", "DELEGATE")
			.param("stateId", this.data.state("SLV").getId().toString())
			.param("approver", "true"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrlPattern("/admin/users/*"));

		UserAccount created = this.accounts.findByUsername(username).orElseThrow();
		assertThat(created.getRole()).isEqualTo(Role.DELEGATE);
		assertThat(created.getState().orElseThrow().getAlpha3()).isEqualTo("SLV");
		assertThat(created.isApprover()).isTrue();
		assertThat(created.hasPassword()).isFalse();
		assertThat(created.getCreatedBy()).isNotBlank();
	}

	@Test
	void badInputGivesFieldErrorsAndSavesNothing() throws Exception {
		String username = "bad." + TestData.unique();

		this.mvc.perform(create("", "", "not-an-email", ""))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("userForm", "username", "displayName", "email", "role"))
			.andExpect(model().attributeErrorCount("userForm", 4))
			.andExpect(content().string(containsString("Enter a username.")))
			.andExpect(content().string(containsString("Enter a valid e-mail address.")))
			.andExpect(content().string(containsString("aria-invalid=\"true\"")));
		this.mvc.perform(create("Has Spaces", "Name", "a@example.org", "SECRETARIAT"))
			.andExpect(model().attributeHasFieldErrors("userForm", "username"));
		this.mvc.perform(create(username, "Name", username + "@example.org", "DELEGATE"))
			.andExpect(model().attributeHasFieldErrors("userForm", "stateId"))
			.andExpect(content().string(containsString("A delegate must be bound to a State.")));
		this.mvc.perform(create(username, "Name", username + "@example.org", "STAKEHOLDER"))
			.andExpect(model().attributeHasFieldErrors("userForm", "organisationId"));
		this.mvc.perform(create(username, "Name", username + "@example.org", "SECRETARIAT").param("approver", "true"))
			.andExpect(model().attributeHasFieldErrors("userForm", "approver"));
		this.mvc.perform(create(username, "Name", username + "@example.org", "DELEGATE").param("stateId", "999999"))
			.andExpect(model().attributeHasFieldErrors("userForm", "stateId"));
		this.mvc.perform(create(username, "Name", username + "@example.org", "NOT_A_ROLE"))
			.andExpect(model().attributeHasFieldErrors("userForm", "role"));

		assertThat(this.accounts.existsByUsernameIgnoreCase(username)).isFalse();
	}

	@Test
	void refusesADuplicateUsername() throws Exception {
		UserAccount existing = this.data.secretariat();

		this.mvc.perform(create(existing.getUsername().toUpperCase(), "Someone Else", "else@example.org", "SECRETARIAT"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("userForm", "username", "user.username.taken"));
	}

	@Test
	void updatesAnAccountAndDetectsAConcurrentChange() throws Exception {
		UserAccount admin = this.data.admin();
		UserAccount target = this.data.delegate("MEX");

		this.mvc.perform(update(admin, target, target.getVersion()).param("displayName", "Renamed Person")
			.param("role", "DELEGATE"))
			.andExpect(redirectedUrl("/admin/users/" + target.getId()));
		assertThat(this.accounts.findById(target.getId()).orElseThrow().getDisplayName()).isEqualTo("Renamed Person");

		// a second editor still holding the old version overwrites nothing and sees both versions,
		// the State by name
		this.mvc.perform(update(admin, target, target.getVersion()).param("displayName", "Stale Edit")
			.param("role", "DELEGATE")
			.param("approver", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Someone else saved this while you were editing it")))
			.andExpect(content().string(matchesRegex("(?s).*<td[^>]*>Renamed Person</td>\\s*<td[^>]*>Stale Edit</td>.*")))
			.andExpect(content().string(matchesRegex("(?s).*<th scope=\"row\">Approver</th>\\s*<td[^>]*>No</td>\\s*<td[^>]*>Yes</td>.*")))
			.andExpect(content().string(not(containsString("<th scope=\"row\">State</th>"))));
		assertThat(this.accounts.findById(target.getId()).orElseThrow().getDisplayName()).isEqualTo("Renamed Person");

		// the form carries the saved version: keeping theirs saves it
		long current = this.accounts.findById(target.getId()).orElseThrow().getVersion();
		this.mvc.perform(update(admin, target, current).param("displayName", "Stale Edit").param("role", "DELEGATE"))
			.andExpect(redirectedUrl("/admin/users/" + target.getId()));
		assertThat(this.accounts.findById(target.getId()).orElseThrow().getDisplayName()).isEqualTo("Stale Edit");
	}

	@Test
	void badInputWhenEditingGivesFieldErrorsAndChangesNothing() throws Exception {
		UserAccount admin = this.data.admin();
		UserAccount target = this.data.delegate("MEX");

		this.mvc
			.perform(update(admin, target, target.getVersion()).param("displayName", " ").param("role", "STAKEHOLDER"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("userForm", "displayName", "organisationId"));
		UserAccount unchanged = this.accounts.findById(target.getId()).orElseThrow();
		assertThat(unchanged.getDisplayName()).isEqualTo(target.getDisplayName());
		assertThat(unchanged.getVersion()).isEqualTo(target.getVersion());
	}

	@Test
	void disabledAccountCannotSignInAndAdminCannotDisableThemselves() throws Exception {
		UserAccount admin = this.data.admin();
		UserAccount target = this.data.delegate("KEN");

		this.mvc.perform(post("/admin/users/{id}/disable", target.getId()).with(TestSignIn.as(admin)).with(csrf()))
			.andExpect(redirectedUrl("/admin/users/" + target.getId()));
		this.mvc.perform(formLogin("/login").user(target.getUsername()).password(TestData.PASSWORD))
			.andExpect(unauthenticated());

		this.mvc.perform(post("/admin/users/{id}/enable", target.getId()).with(TestSignIn.as(admin)).with(csrf()));
		this.mvc.perform(formLogin("/login").user(target.getUsername()).password(TestData.PASSWORD))
			.andExpect(authenticated());

		this.mvc.perform(post("/admin/users/{id}/disable", admin.getId()).with(TestSignIn.as(admin)).with(csrf()));
		assertThat(this.accounts.findById(admin.getId()).orElseThrow().isEnabled()).isTrue();
	}

	@Test
	void aSetPasswordLinkWorksOnceAndChecksThePassword() throws Exception {
		UserAccount admin = this.data.admin();
		UserAccount person = this.data.delegate("JPN");
		person.changePasswordHash(null);
		this.accounts.save(person);

		String page = this.mvc
			.perform(post("/admin/users/{id}/password-link", person.getId()).with(TestSignIn.as(admin)).with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher link = LINK.matcher(page);
		assertThat(link.find()).isTrue();
		String token = link.group(1);

		this.mvc.perform(get("/account/set-password").param("token", token))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(person.getUsername())));
		this.mvc.perform(setPassword(token, "short", "short"))
			.andExpect(model().attributeHasFieldErrorCode("setPasswordForm", "password", "password.tooShort"));
		this.mvc.perform(setPassword(token, "a long enough passphrase", "a different passphrase"))
			.andExpect(model().attributeHasFieldErrorCode("setPasswordForm", "confirmation",
					"password.confirmation.mismatch"));
		this.mvc.perform(setPassword(token, person.getUsername(), person.getUsername()))
			.andExpect(model().attributeHasFieldErrors("setPasswordForm", "password"));
		assertThat(this.accounts.findById(person.getId()).orElseThrow().hasPassword()).isFalse();

		this.mvc.perform(setPassword(token, "a long enough passphrase", "a long enough passphrase"))
			.andExpect(redirectedUrl("/login"));
		this.mvc.perform(formLogin("/login").user(person.getUsername()).password("a long enough passphrase"))
			.andExpect(authenticated());

		this.mvc.perform(get("/account/set-password").param("token", token)).andExpect(status().isGone());
		this.mvc.perform(setPassword(token, "another long passphrase", "another long passphrase"))
			.andExpect(status().isGone());
	}

	@Test
	void aForgedOrSupersededLinkIsRefused() throws Exception {
		UserAccount admin = this.data.admin();
		UserAccount person = this.data.delegate("EST");
		String first = issueLink(admin, person);
		String second = issueLink(admin, person);

		this.mvc.perform(get("/account/set-password").param("token", "forged-token")).andExpect(status().isGone());
		this.mvc.perform(get("/account/set-password")).andExpect(status().isGone());
		this.mvc.perform(get("/account/set-password").param("token", first))
			.andExpect(status().isGone())
			.andExpect(content().string(containsString("This link does not work")));
		this.mvc.perform(get("/account/set-password").param("token", second)).andExpect(status().isOk());
	}

	@Test
	void listsAndFindsAccounts() throws Exception {
		UserAccount admin = this.data.admin();
		UserAccount target = this.data.stakeholder();

		this.mvc.perform(get("/admin/users").param("q", target.getUsername()).with(TestSignIn.as(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(target.getUsername())))
			.andExpect(content().string(containsString("1 accounts")));
		this.mvc.perform(get("/admin").with(TestSignIn.as(admin))).andExpect(status().isOk());
		this.mvc.perform(get("/admin/users/{id}", target.getId()).with(TestSignIn.as(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(target.getDisplayName())));
		this.mvc.perform(get("/admin/users/{id}", Long.MAX_VALUE).with(TestSignIn.as(admin)))
			.andExpect(status().isNotFound());
	}

	private String issueLink(UserAccount admin, UserAccount person) throws Exception {
		String page = this.mvc
			.perform(post("/admin/users/{id}/password-link", person.getId()).with(TestSignIn.as(admin)).with(csrf()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher link = LINK.matcher(page);
		assertThat(link.find()).isTrue();
		return link.group(1);
	}

	private MockHttpServletRequestBuilder create(String username, String displayName, String email, String role) {
		return post("/admin/users/new").with(TestSignIn.as(this.data.admin()))
			.with(csrf())
			.param("username", username)
			.param("displayName", displayName)
			.param("email", email)
			.param("role", role);
	}

	private MockHttpServletRequestBuilder update(UserAccount admin, UserAccount target, long version) {
		return post("/admin/users/{id}", target.getId()).with(TestSignIn.as(admin))
			.with(csrf())
			.param("username", target.getUsername())
			.param("email", target.getEmail())
			.param("stateId", target.getState().orElseThrow().getId().toString())
			.param("version", Long.toString(version));
	}

	private static MockHttpServletRequestBuilder setPassword(String token, String password, String confirmation) {
		return post("/account/set-password").with(csrf())
			.param("token", token)
			.param("password", password)
			.param("confirmation", confirmation);
	}

}
