package org.unoda.poa.web.report;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.unoda.poa.core.report.NationalReport;
import org.unoda.poa.core.report.ReportVisibility;
import org.unoda.poa.core.user.UserAccount;
import org.unoda.poa.web.PoaIntegrationTest;
import org.unoda.poa.web.TestData;
import org.unoda.poa.web.security.TestSignIn;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A State's non-public reports stay with those allowed to read them, on pages and in the API.
 */
@PoaIntegrationTest
class ReportVisibilityIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Test
	void delegateCannotReadAnotherStatesDraftByPageOrApi() throws Exception {
		NationalReport draft = this.data.draft("SLV", ReportVisibility.PUBLIC);
		UserAccount mexico = this.data.delegate("MEX");

		this.mvc.perform(get("/reports/{id}", draft.getId()).with(TestSignIn.as(mexico)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/reports/{id}", draft.getId()).with(TestSignIn.as(mexico)))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		this.mvc.perform(get("/api/v1/reports").with(TestSignIn.as(mexico)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].id", not(hasItem(draft.getId().intValue()))));
		this.mvc.perform(get("/reports").with(TestSignIn.as(mexico)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("National reports")))
			.andExpect(content().string(not(containsString(draft.getTitle()))));
		this.mvc.perform(get("/states/SLV").with(TestSignIn.as(mexico)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("El Salvador")))
			.andExpect(content().string(not(containsString(draft.getTitle()))));
	}

	@Test
	void delegateReadsOwnStatesDraft() throws Exception {
		NationalReport draft = this.data.draft("SLV", ReportVisibility.SECRETARIAT);
		UserAccount elSalvador = this.data.delegate("SLV");

		this.mvc.perform(get("/reports/{id}", draft.getId()).with(TestSignIn.as(elSalvador)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(draft.getTitle())));
		this.mvc.perform(get("/api/v1/reports").with(TestSignIn.as(elSalvador)))
			.andExpect(jsonPath("$[*].id", hasItem(draft.getId().intValue())));
		this.mvc.perform(get("/states/SLV").with(TestSignIn.as(elSalvador)))
			.andExpect(content().string(containsString(draft.getTitle())));
	}

	@Test
	void nobodyOutsideTheStateSeesADraftNotEvenTheSecretariat() throws Exception {
		NationalReport draft = this.data.draft("SLV", ReportVisibility.PUBLIC);

		this.mvc.perform(get("/reports/{id}", draft.getId()).with(TestSignIn.as(this.data.secretariat())))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/reports/{id}", draft.getId()).with(TestSignIn.as(this.data.stakeholder())))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/reports/{id}", draft.getId()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/api/v1/reports/{id}", draft.getId())).andExpect(status().isUnauthorized());
	}

	@Test
	void secretariatOnlyReportIsReadByTheSecretariatAndItsOwnStateOnly() throws Exception {
		NationalReport report = this.data.submitted("MEX", ReportVisibility.SECRETARIAT);

		this.mvc.perform(get("/api/v1/reports/{id}", report.getId()).with(TestSignIn.as(this.data.secretariat())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.report.state").value("MEX"));
		this.mvc.perform(get("/reports/{id}", report.getId()).with(TestSignIn.as(this.data.approver("MEX"))))
			.andExpect(status().isOk());
		this.mvc.perform(get("/reports/{id}", report.getId()).with(TestSignIn.as(this.data.delegate("SLV"))))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/reports/{id}", report.getId()).with(TestSignIn.as(this.data.delegate("SLV"))))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/reports/{id}", report.getId()).with(TestSignIn.as(this.data.stakeholder())))
			.andExpect(status().isForbidden());
	}

	@Test
	void statesOnlyReportIsReadBySignedInStatesButNotByStakeholdersOrThePublic() throws Exception {
		NationalReport report = this.data.submitted("KEN", ReportVisibility.STATES);

		this.mvc.perform(get("/reports/{id}", report.getId()).with(TestSignIn.as(this.data.delegate("SLV"))))
			.andExpect(status().isOk());
		this.mvc.perform(get("/reports/{id}", report.getId()).with(TestSignIn.as(this.data.stakeholder())))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/reports")).andExpect(jsonPath("$[*].id", not(hasItem(report.getId().intValue()))));
		this.mvc.perform(get("/reports"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("National reports")))
			.andExpect(content().string(not(containsString(report.getTitle()))));
	}

	@Test
	void publicReportIsReadByEveryone() throws Exception {
		NationalReport report = this.data.submitted("KEN", ReportVisibility.PUBLIC);

		this.mvc.perform(get("/reports/{id}", report.getId()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(report.getTitle())));
		this.mvc.perform(get("/api/v1/reports")).andExpect(jsonPath("$[*].id", hasItem(report.getId().intValue())));
		this.mvc.perform(get("/reports/{id}", report.getId()).with(TestSignIn.as(this.data.stakeholder())))
			.andExpect(status().isOk());
	}

	@Test
	void unknownReportIsNotFound() throws Exception {
		this.mvc.perform(get("/reports/{id}", Long.MAX_VALUE)).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/reports/{id}", Long.MAX_VALUE))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

}
