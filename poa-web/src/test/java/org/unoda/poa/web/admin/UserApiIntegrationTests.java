package org.unoda.poa.web.admin;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.unoda.poa.core.user.UserAccount;
import org.unoda.poa.core.user.UserAccountRepository;
import org.unoda.poa.web.PoaIntegrationTest;
import org.unoda.poa.web.TestData;
import org.unoda.poa.web.security.TestSignIn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Accounts through the API: bad input gets a problem body with the right status, and nothing
 * is saved.
 */
@PoaIntegrationTest
class UserApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	UserAccountRepository accounts;

	@Test
	void createsADelegate() throws Exception {
		String username = "api." + TestData.unique();

		this.mvc.perform(create(this.data.admin(), """
				{"username": "%s", "displayName": "API Person", "email": "api@example.org",
				 "role": "DELEGATE", "state": "mex", "approver": true}""".formatted(username)))
			.andExpect(status().isCreated())
			.andExpect(header().exists("Location"))
			.andExpect(jsonPath("$.state").value("MEX"))
			.andExpect(jsonPath("$.approver").value(true));
		assertThat(this.accounts.existsByUsernameIgnoreCase(username)).isTrue();
	}

	@Test
	void invalidFieldsGive422WithTheFieldsNamed() throws Exception {
		this.mvc.perform(create(this.data.admin(), """
				{"username": "No Spaces Allowed", "displayName": "", "email": "nope", "role": "SECRETARIAT"}"""))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(422))
			.andExpect(jsonPath("$.errors[*].field", hasItem("username")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("displayName")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("email")));
	}

	@Test
	void aDelegateWithoutAKnownStateGives422() throws Exception {
		String username = "nostate." + TestData.unique();

		this.mvc.perform(create(this.data.admin(), """
				{"username": "%s", "displayName": "No State", "email": "n@example.org", "role": "DELEGATE",
				 "state": "XXX"}""".formatted(username)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("state"));
		assertThat(this.accounts.existsByUsernameIgnoreCase(username)).isFalse();
	}

	@Test
	void malformedJsonGives400WithAProblemBody() throws Exception {
		this.mvc.perform(create(this.data.admin(), "{\"username\": "))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(400));
		this.mvc.perform(create(this.data.admin(), """
				{"username": "x.valid", "displayName": "X", "email": "x@example.org", "role": "EMPEROR"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void aTakenUsernameGives409() throws Exception {
		UserAccount existing = this.data.secretariat();

		this.mvc.perform(create(this.data.admin(), """
				{"username": "%s", "displayName": "Dup", "email": "d@example.org", "role": "SECRETARIAT"}"""
			.formatted(existing.getUsername())))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void onlyAdministratorsMayCreateAccounts() throws Exception {
		String body = """
				{"username": "sneaky.%s", "displayName": "S", "email": "s@example.org", "role": "ADMIN"}"""
			.formatted(TestData.unique());

		this.mvc.perform(create(this.data.secretariat(), body))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		this.mvc.perform(create(this.data.approver("SLV"), body)).andExpect(status().isForbidden());
		this.mvc
			.perform(post("/api/v1/admin/users").with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isUnauthorized());
		this.mvc
			.perform(post("/api/v1/admin/users").with(TestSignIn.as(this.data.admin()))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value("The request has no valid CSRF token."));
	}

	private MockHttpServletRequestBuilder create(UserAccount as, String json) {
		return post("/api/v1/admin/users").with(TestSignIn.as(as))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json);
	}

}
