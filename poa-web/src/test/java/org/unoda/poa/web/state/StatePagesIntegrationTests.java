package org.unoda.poa.web.state;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.unoda.poa.core.contact.ContactLevel;
import org.unoda.poa.web.PoaIntegrationTest;
import org.unoda.poa.web.TestData;
import org.unoda.poa.web.security.TestSignIn;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The States list and State pages, and who sees a State's Points of Contact there.
 */
@PoaIntegrationTest
class StatePagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Test
	void listsAll195StatesWithTheirRegionalGroups() throws Exception {
		this.mvc.perform(get("/states").with(TestSignIn.as(this.data.admin())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("195 States")))
			.andExpect(content().string(containsString("Latin American and Caribbean Group")))
			.andExpect(content().string(containsString("Holy See")));
		this.mvc.perform(get("/api/v1/states")).andExpect(jsonPath("$", hasSize(195)));
	}

	@Test
	void filtersStatesByRegionalGroup() throws Exception {
		this.mvc.perform(get("/states").param("group", "EASTERN_EUROPEAN"))
			.andExpect(content().string(containsString("23 States")))
			.andExpect(content().string(containsString("Estonia")))
			.andExpect(content().string(not(containsString("El Salvador"))));
	}

	@Test
	void namesStatesInTheReadersLanguage() throws Exception {
		this.mvc.perform(get("/states/MEX").param("lang", "fr"))
			.andExpect(content().string(containsString("Mexique")));
		this.mvc.perform(get("/api/v1/states/slv"))
			.andExpect(jsonPath("$.alpha2").value("SV"))
			.andExpect(jsonPath("$.numeric").value("222"))
			.andExpect(jsonPath("$.regionalGroup").value("LATIN_AMERICAN_CARIBBEAN"))
			.andExpect(jsonPath("$.names.ru").value("Сальвадор"));
	}

	@Test
	void unknownStateIsNotFound() throws Exception {
		this.mvc.perform(get("/states/XXX")).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/states/XXX")).andExpect(status().isNotFound());
	}

	@Test
	void contactDetailsAreShownToStatesAndTheSecretariatOnly() throws Exception {
		String email = this.data.contact("EST", ContactLevel.TECHNICAL).getEmail();

		this.mvc.perform(get("/states/EST").with(TestSignIn.as(this.data.delegate("SLV"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(email)));
		this.mvc.perform(get("/states/EST").with(TestSignIn.as(this.data.secretariat())))
			.andExpect(content().string(containsString(email)));
		this.mvc.perform(get("/states/EST"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Estonia")))
			.andExpect(content().string(not(containsString(email))));
		this.mvc.perform(get("/states/EST").with(TestSignIn.as(this.data.stakeholder())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Estonia")))
			.andExpect(content().string(not(containsString(email))));
		this.mvc.perform(get("/directory"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Estonia")))
			.andExpect(content().string(not(containsString(email))));
	}

}
