package org.unoda.poa.web.submission;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.unoda.poa.core.user.UserAccount;
import org.unoda.poa.web.PoaIntegrationTest;
import org.unoda.poa.web.TestData;
import org.unoda.poa.web.security.TestSignIn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A form sent twice is filed once: every form that posts carries a one-time token, and the
 * second request with it lands where the first one did.
 */
@PoaIntegrationTest
class DoubleSubmissionIntegrationTests {

	private static final Pattern TOKEN = Pattern.compile("name=\"_submission\" value=\"([0-9a-f-]{36})\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	@Test
	void formsThatPostCarryAOneTimeTokenAndSearchFormsDoNot() throws Exception {
		UserAccount approver = this.data.approver("URY");
		String first = tokenOnNominationForm(approver);
		assertThat(tokenOnNominationForm(approver)).isNotEqualTo(first);
		String directory = this.mvc.perform(get("/directory").with(TestSignIn.as(approver)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher search = Pattern.compile("<form action=\"/directory\" method=\"get\".*?</form>", Pattern.DOTALL)
			.matcher(directory);
		assertThat(search.find()).isTrue();
		assertThat(search.group()).contains("name=\"q\"").doesNotContain("_submission");
	}

	@Test
	void aDoubleClickNominatesOnceAndBothClicksLandOnTheNewContact() throws Exception {
		UserAccount approver = this.data.approver("URY");
		String name = "Double " + TestData.unique();
		String token = tokenOnNominationForm(approver);

		// the two clicks arrive together
		CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> nominate(approver, name, token));
		CompletableFuture<String> second = CompletableFuture.supplyAsync(() -> nominate(approver, name, token));

		assertThat(first.get()).startsWith("/directory/contacts/").isEqualTo(second.get());
		assertThat(contactsNamed(name)).hasSize(1);
		// and the form sent again later, from the browser's history, changes nothing either
		assertThat(nominate(approver, name, token)).isEqualTo(first.get());
		assertThat(contactsNamed(name)).hasSize(1);
	}

	@Test
	void aFormRefusedForItsInputCanBeCorrectedAndSentAgainWithTheSameToken() throws Exception {
		UserAccount approver = this.data.approver("URY");
		String name = "Corrected " + TestData.unique();
		String token = tokenOnNominationForm(approver);

		this.mvc.perform(nomination(approver, name, token).param("emails", "not an address"))
			.andExpect(status().isOk());
		assertThat(contactsNamed(name)).isEmpty();

		assertThat(nominate(approver, name, token)).startsWith("/directory/contacts/");
		assertThat(contactsNamed(name)).hasSize(1);
	}

	private String tokenOnNominationForm(UserAccount approver) throws Exception {
		String page = this.mvc.perform(get("/directory/contacts/new").param("state", "URY").with(TestSignIn.as(approver)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher token = TOKEN.matcher(page);
		assertThat(token.find()).as("a submission token in the form").isTrue();
		return token.group(1);
	}

	private String nominate(UserAccount approver, String name, String token) {
		try {
			return this.mvc.perform(nomination(approver, name, token).param("emails", "csirt@example.uy"))
				.andReturn()
				.getResponse()
				.getRedirectedUrl();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private MockHttpServletRequestBuilder nomination(UserAccount approver, String name, String token) {
		return post("/directory/contacts/new").param("state", "URY")
			.param("_submission", token)
			.param("level", "TECHNICAL")
			.param("fullName", name)
			.param("availability", "ALWAYS")
			.with(TestSignIn.as(approver))
			.with(csrf());
	}

	private List<Long> contactsNamed(String name) {
		return this.jdbc.sql("select id from point_of_contact where full_name = :name")
			.param("name", name)
			.query(Long.class)
			.list();
	}

}
