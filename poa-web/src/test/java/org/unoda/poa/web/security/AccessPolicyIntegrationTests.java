package org.unoda.poa.web.security;

import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.unoda.poa.core.user.UserAccount;
import org.unoda.poa.web.PoaIntegrationTest;
import org.unoda.poa.web.TestData;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every role against every top-level page and API route: the declared access policy, checked
 * answer by answer.
 */
@PoaIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessPolicyIntegrationTests {

	enum Who {

		PUBLIC, ADMIN, SECRETARIAT, DELEGATE, APPROVER, STAKEHOLDER

	}

	enum Answer {

		/** 200 with the page or resource. */
		OK,
		/** A redirect to the sign-in page. */
		SIGN_IN,
		/** 403, as a page or a problem body. */
		DENIED,
		/** 401 with a problem body (API only). */
		UNAUTHORIZED,
		/** 410: a page reached without the token it needs. */
		GONE,
		/** 404: allowed in, but there is nothing there (a meeting that does not exist). */
		NOT_FOUND

	}

	private static final Answer O = Answer.OK;

	private static final Answer S = Answer.SIGN_IN;

	private static final Answer D = Answer.DENIED;

	private static final Answer U = Answer.UNAUTHORIZED;

	private static final Answer G = Answer.GONE;

	private static final Answer N = Answer.NOT_FOUND;

	/** A meeting that does not exist: who gets past the door finds nothing. */
	private static final String NO_MEETING = "/meetings/999999999";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	private final Map<Who, UserAccount> accounts = new EnumMap<>(Who.class);

	@BeforeAll
	void createOneAccountPerRole() {
		this.accounts.put(Who.ADMIN, this.data.admin());
		this.accounts.put(Who.SECRETARIAT, this.data.secretariat());
		this.accounts.put(Who.DELEGATE, this.data.delegate("SLV"));
		this.accounts.put(Who.APPROVER, this.data.approver("MEX"));
		this.accounts.put(Who.STAKEHOLDER, this.data.stakeholder());
	}

	// columns: public, admin, secretariat, delegate, approver, stakeholder
	/**
	 * A change on a public page's path is never public: only reading is.
	 */
	@ParameterizedTest(name = "POST {0} signed out -> sign in")
	@org.junit.jupiter.params.provider.ValueSource(strings = { "/states", "/reports/1", "/synthesis", "/reports/1/submit", "/meetings", "/meetings/1/manage", "/meetings/1/registration/submit",
			"/meetings/working-groups", "/stakeholders",
			"/capacity", "/capacity/needs", "/capacity/needs/1/withdraw", "/capacity/offers", "/capacity/matches",
			"/capacity/matches/1/outcome", "/stakeholders/organisation/representatives",
			"/meetings/1/contributions", "/meetings/1/title-translations", "/directory", "/directory/contacts/new" })
	void changesOnPublicPathsNeedSigningIn(String url) throws Exception {
		this.mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(url)
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/login"));
	}

	static Stream<Arguments> policy() {
		return Stream.of(row("/", O, O, O, O, O, O), row("/login", O, O, O, O, O, O),
				row("/states", O, O, O, O, O, O), row("/states/SLV", O, O, O, O, O, O),
				row("/reports", O, O, O, O, O, O), row("/directory", O, O, O, O, O, D),
				row("/meetings", O, O, O, O, O, O), row("/stakeholders", O, O, O, O, O, O),
				row("/capacity", O, O, O, O, O, O), row("/admin", S, O, D, D, D, D),
				row("/admin/users", S, O, D, D, D, D), row("/admin/users/new", S, O, D, D, D, D),
				row("/actuator/health", O, O, O, O, O, O), row("/actuator/health/liveness", O, O, O, O, O, O),
				row("/actuator/health/readiness", O, O, O, O, O, O), row("/actuator/metrics", S, O, D, D, D, D),
				row("/actuator/flyway", S, O, D, D, D, D), row("/v3/api-docs", O, O, O, O, O, O),
				row("/api/v1/states", O, O, O, O, O, O), row("/api/v1/states/MEX", O, O, O, O, O, O),
				row("/api/v1/reports", O, O, O, O, O, O), row("/api/v1/me", U, O, O, O, O, O),
				row("/api/v1/admin/users", U, O, D, D, D, D), row("/directory/checks", S, O, O, D, D, D),
				row("/directory/checks/new", S, O, O, D, D, D), row("/directory/import", S, O, D, D, D, D),
				row("/directory/export.csv", S, O, O, O, O, D), row("/api/v1/directory/contacts", U, O, O, O, O, D),
				row("/api/v1/directory/nominations", O, O, O, O, O, D), row("/swagger-ui/index.html", O, O, O, O, O, O),
				row("/actuator/loggers", S, O, D, D, D, D), row("/account/set-password", G, G, G, G, G, G),
				row("/reporting", S, O, O, O, O, D), row("/reporting/cycles/new", S, O, O, D, D, D),
				row("/reporting/templates", S, O, O, D, D, D),
				row("/reporting/templates/999999999/translations/fr", S, N, N, D, D, D), row("/reporting/answers.csv", S, O, O, D, D, D),
				row("/reporting/answers.xlsx", S, O, O, D, D, D), row("/synthesis", O, O, O, O, O, O),
				row("/synthesis/needs", O, O, O, O, O, O), row("/api/v1/cycles", O, O, O, O, O, O),
				row("/meetings/planning", S, O, O, D, D, D), row("/meetings/planning/calendar", S, O, O, D, D, D),
				row("/meetings/working-groups", O, O, O, O, O, O), row("/meetings/participation", O, O, O, O, O, O),
				row("/meetings/calendar.ics", O, O, O, O, O, O), row(NO_MEETING, N, N, N, N, N, N),
				row(NO_MEETING + "/participants", N, N, N, N, N, N), row(NO_MEETING + "/calendar.ics", N, N, N, N, N, N),
				row(NO_MEETING + "/manage", S, N, N, D, D, D), row(NO_MEETING + "/registrations", S, N, N, D, D, D),
				row(NO_MEETING + "/registration", S, D, D, N, N, D),
				row(NO_MEETING + "/registrations/1/note-verbale", S, N, N, N, N, N),
				row(NO_MEETING + "/documents/1/en", N, N, N, N, N, N), row("/api/v1/meetings", O, O, O, O, O, O),
				row("/api/v1" + NO_MEETING, N, N, N, N, N, N), row("/stakeholders/apply", S, D, D, D, D, O),
				row("/stakeholders/applications", S, O, O, D, D, D), row("/stakeholders/circulated", S, O, O, O, O, D),
				row("/api/v1/accreditation", O, O, O, O, O, O), row("/capacity/needs/new", S, D, D, O, O, D),
				row("/capacity/offers/new", S, O, O, O, O, D), row("/capacity/needs/999999999", N, N, N, N, N, N),
				row("/capacity/needs/999999999/edit", S, D, D, N, N, D),
				row("/capacity/offers/999999999", S, N, N, N, N, N), row("/capacity/matches/999999999", S, N, N, N, N, N),
				row("/capacity/reports/999999999/needs", S, D, D, N, N, D), row("/stakeholders/sign-up", O, O, O, O, O, O),
				row("/stakeholders/organisation", S, D, D, D, D, O), row("/api/v1/capacity", O, O, O, O, O, O));
	}

	@ParameterizedTest(name = "{0} as {1} -> {2}")
	@MethodSource("cases")
	void answersAsDeclared(String url, Who who, Answer expected) throws Exception {
		MockHttpServletRequestBuilder request = get(url).accept(MediaType.TEXT_HTML, MediaType.APPLICATION_JSON);
		if (who != Who.PUBLIC) {
			request.with(TestSignIn.as(this.accounts.get(who)));
		}
		ResultActions result = this.mvc.perform(request);
		boolean api = url.startsWith("/api/");
		switch (expected) {
			// "??key_lang??" is how Thymeleaf shows a message key missing from the bundles
			case OK -> result.andExpect(status().isOk()).andExpect(content().string(not(containsString("??"))));
			case SIGN_IN -> result.andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
			case DENIED -> {
				result.andExpect(status().isForbidden());
				if (api) {
					result.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
				}
			}
			case UNAUTHORIZED -> result.andExpect(status().isUnauthorized())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
			case GONE -> result.andExpect(status().isGone());
			case NOT_FOUND -> result.andExpect(status().isNotFound());
		}
	}

	static Stream<Arguments> cases() {
		return policy().flatMap(row -> {
			Object[] values = row.get();
			String url = (String) values[0];
			Answer[] answers = (Answer[]) values[1];
			return Stream.of(Who.values()).map(who -> Arguments.of(url, who, answers[who.ordinal()]));
		});
	}

	private static Arguments row(String url, Answer... answers) {
		return Arguments.of(url, answers);
	}

}
