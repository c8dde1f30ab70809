package org.unoda.poa.web.directory;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.unoda.poa.core.contact.ContactLevel;
import org.unoda.poa.core.contact.PointOfContact;
import org.unoda.poa.web.PoaIntegrationTest;
import org.unoda.poa.web.TestData;
import org.unoda.poa.web.security.TestSignIn;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The directory in the API follows the same rules as the pages.
 */
@PoaIntegrationTest
class DirectoryApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Test
	void statesUsersAndTheSecretariatReadContacts() throws Exception {
		PointOfContact contact = this.data.contact("CRI", ContactLevel.DIPLOMATIC, "es");

		this.mvc.perform(get("/api/v1/directory/contacts").param("state", "CRI").with(TestSignIn.as(this.data.delegate("PAN"))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.contacts[*].emails[0]", hasItem(contact.getEmail())))
			.andExpect(jsonPath("$.total").isNumber());
		this.mvc.perform(get("/api/v1/directory/contacts/{id}", contact.getId()).with(TestSignIn.as(this.data.secretariat())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("CRI"))
			.andExpect(jsonPath("$.workingLanguages[0]").value("es"));
	}

	@Test
	void stakeholdersAndThePublicGetNoContactDetails() throws Exception {
		PointOfContact contact = this.data.contact("CRI", ContactLevel.TECHNICAL);

		this.mvc.perform(get("/api/v1/directory/contacts").with(TestSignIn.as(this.data.stakeholder())))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		this.mvc.perform(get("/api/v1/directory/contacts/{id}", contact.getId())).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/v1/directory/nominations").with(TestSignIn.as(this.data.stakeholder())))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/directory/nominations"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].state", hasItem("CRI")))
			.andExpect(content().string(not(org.hamcrest.Matchers.containsString(contact.getEmail()))));
	}

}
