package org.unoda.poa.web.performance;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.unoda.poa.core.contact.ContactLevel;
import org.unoda.poa.core.report.ReportVisibility;
import org.unoda.poa.core.user.UserAccount;
import org.unoda.poa.web.PoaIntegrationTest;
import org.unoda.poa.web.StatementCounter;
import org.unoda.poa.web.TestData;
import org.unoda.poa.web.security.TestSignIn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Guards the main pages against N+1 queries: each page sends the same number of SQL
 * statements whether there are a few rows behind it or more. Counted, never timed.
 */
@PoaIntegrationTest
class QueryCountIntegrationTests {

	/** States no other test looks at: the rows added here are in the database all tests share. */
	private static final List<String> STATES = List.of("TUV", "NRU", "PLW", "MHL", "FSM", "WSM", "TON", "VUT");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Test
	void theMainPagesSendAsManyStatementsWithMoreRowsBehindThem() throws Exception {
		UserAccount secretariat = this.data.secretariat();
		UserAccount delegate = this.data.delegate("TUV");
		Map<String, MockHttpServletRequestBuilder> pages = new LinkedHashMap<>();
		pages.put("public reports", get("/reports"));
		pages.put("reports API", get("/api/v1/reports"));
		pages.put("States", get("/states"));
		pages.put("a State", get("/states/TUV"));
		pages.put("synthesis", get("/synthesis"));
		pages.put("meetings", get("/meetings"));
		pages.put("meetings API", get("/api/v1/meetings"));
		pages.put("capacity-building", get("/capacity"));
		pages.put("stakeholders", get("/stakeholders"));
		pages.put("directory (secretariat)", get("/directory").with(TestSignIn.as(secretariat)));
		pages.put("directory API", get("/api/v1/directory/contacts").with(TestSignIn.as(secretariat)));
		pages.put("reporting overview (secretariat)", get("/reporting").with(TestSignIn.as(secretariat)));
		pages.put("reporting (delegate)", get("/reporting").with(TestSignIn.as(delegate)));
		pages.put("home (secretariat)", get("/").with(TestSignIn.as(secretariat)));
		pages.put("audit trail", get("/audit").with(TestSignIn.as(secretariat)));

		// more than a page of each list already (public reports: 50 a page), so that both counts
		// include the pages' count queries
		addRows(7);
		Map<String, List<String>> before = statementsOfEach(pages);
		addRows(4);
		Map<String, List<String>> after = statementsOfEach(pages);

		for (String page : pages.keySet()) {
			assertThat(after.get(page)).as("the statements of %s, with more rows behind it than before: %s", page,
					before.get(page)).hasSameSizeAs(before.get(page));
		}
	}

	private Map<String, List<String>> statementsOfEach(Map<String, MockHttpServletRequestBuilder> pages)
			throws Exception {
		Map<String, List<String>> statements = new LinkedHashMap<>();
		for (Map.Entry<String, MockHttpServletRequestBuilder> page : pages.entrySet()) {
			// once to fill what the platform caches, once counted
			this.mvc.perform(page.getValue()).andExpect(status().isOk());
			statements.put(page.getKey(),
					StatementCounter.statements(() -> this.mvc.perform(page.getValue()).andExpect(status().isOk())));
		}
		return statements;
	}

	/**
	 * More of what the pages list: published reports (each in a cycle of its own), contacts,
	 * meetings open for registration and organisations.
	 */
	private void addRows(int times) {
		for (int i = 0; i < times; i++) {
			for (String state : STATES) {
				this.data.submitted(state, ReportVisibility.PUBLIC);
				this.data.contact(state, ContactLevel.TECHNICAL, "en", "es");
			}
			this.data.meetingOpenForRegistration(LocalDate.now().plusMonths(2 + i), LocalDate.now().plusMonths(1));
			this.data.organisation();
		}
	}

}
