package org.unoda.poa.web.security;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;
import org.unoda.poa.core.user.UserAccount;
import org.unoda.poa.web.PoaIntegrationTest;
import org.unoda.poa.web.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Walks every route the running application maps (its own handler mappings, so that a new
 * route cannot escape) as every role, and checks who gets in against the one declared policy,
 * {@code docs/access-policy.md}: a route missing from the policy, or a policy entry no longer
 * mapped, fails the walk too.
 * <p>
 * Path variables name things that do not exist, so that walking changes nothing: who is let in
 * finds nothing there (404), a form refusing its empty input, or a page. Which records of a
 * route a person may reach (their own State's drafts, their organisation's offers) is proved
 * by each feature's own tests.
 */
@PoaIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RouteAuthorizationIntegrationTests {

	private static final Path POLICY = Path.of("..", "docs", "access-policy.md");

	private static final Pattern POLICY_ROW = Pattern.compile("^\\| `(GET|POST|PUT|PATCH|DELETE) ([^`]+)` \\|(.+)\\|\\s*$");

	/** Path variables that are not numbers, and what the walk puts in them. */
	private static final Map<String, String> NAMED_VARIABLES = Map.of("code", "ZZZ", "language", "fr", "token",
			"no-such-token", "name", "org.unoda.poa.no.such.logger", "requiredMetricName", "no.such.metric");

	private static final String NO_SUCH_RECORD = "999999999";

	/** Spring Boot's error page, which answers 500 when asked for with no error to show. */
	private static final String ERROR_PAGE = "GET /error";

	enum Who {

		PUBLIC, ADMIN, SECRETARIAT, DELEGATE, APPROVER, STAKEHOLDER, FOCAL_POINT

	}

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	TestData data;

	private final Map<Who, UserAccount> accounts = new EnumMap<>(Who.class);

	@BeforeAll
	void oneAccountPerRole() {
		this.accounts.put(Who.ADMIN, this.data.admin());
		this.accounts.put(Who.SECRETARIAT, this.data.secretariat());
		this.accounts.put(Who.DELEGATE, this.data.delegate("SLV"));
		this.accounts.put(Who.APPROVER, this.data.approver("MEX"));
		this.accounts.put(Who.STAKEHOLDER, this.data.stakeholder());
		this.accounts.put(Who.FOCAL_POINT, this.data.accreditedFocalPoint());
	}

	@Test
	void everyMappedRouteIsDeclaredAndEveryDeclaredRouteIsMapped() throws IOException {
		assertThat(policy().keySet()).as("the routes of %s", POLICY).containsExactlyInAnyOrderElementsOf(routes());
	}

	@TestFactory
	Stream<DynamicTest> everyRoleGetsInWhereThePolicySaysAndNowhereElse() throws IOException {
		Map<String, Set<Who>> policy = policy();
		return routes().stream()
			.filter(policy::containsKey)
			.flatMap((route) -> Stream.of(Who.values())
				.map((who) -> DynamicTest.dynamicTest(route + " as " + who,
						() -> assertAnswer(route, who, policy.get(route).contains(who)))));
	}

	private void assertAnswer(String route, Who who, boolean allowed) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(requestFor(route, who)).andReturn().getResponse();
		String answer = response.getStatus() + " " + String.valueOf(response.getRedirectedUrl());
		if (allowed) {
			assertThat(keptOut(who, response)).as("%s as %s is let in, but got %s", route, who, answer).isFalse();
			if (!route.equals(ERROR_PAGE)) {
				assertThat(response.getStatus()).as("%s as %s: %s", route, who, answer).isLessThan(500);
			}
		}
		else if (who == Who.PUBLIC) {
			assertThat(response.getStatus() == 401 || "/login".equals(response.getRedirectedUrl()))
				.as("%s signed out is sent to sign in, but got %s", route, answer)
				.isTrue();
		}
		else {
			assertThat(response.getStatus()).as("%s as %s is refused, but got %s", route, who, answer).isEqualTo(403);
		}
	}

	private static boolean keptOut(Who who, MockHttpServletResponse response) {
		return response.getStatus() == 401 || response.getStatus() == 403
				|| (who == Who.PUBLIC && "/login".equals(response.getRedirectedUrl()));
	}

	private MockHttpServletRequestBuilder requestFor(String route, Who who) {
		int space = route.indexOf(' ');
		HttpMethod method = HttpMethod.valueOf(route.substring(0, space));
		String path = route.substring(space + 1).replace("/**", "/liveness");
		Matcher variable = Pattern.compile("\\{(\\w+)}").matcher(path);
		StringBuilder url = new StringBuilder();
		while (variable.find()) {
			variable.appendReplacement(url, NAMED_VARIABLES.getOrDefault(variable.group(1), NO_SUCH_RECORD));
		}
		variable.appendTail(url);
		MockHttpServletRequestBuilder request = request(method, url.toString()).accept(MediaType.TEXT_HTML,
				MediaType.APPLICATION_JSON);
		if (method != HttpMethod.GET) {
			request.with(csrf());
			if (path.startsWith("/api/") || path.startsWith("/actuator/")) {
				request.contentType(MediaType.APPLICATION_JSON).content("{}");
			}
		}
		if (who != Who.PUBLIC) {
			request.with(TestSignIn.as(this.accounts.get(who)));
		}
		return request;
	}

	/**
	 * Every route the application maps, as "METHOD /path"; a mapping for any method counts as GET.
	 */
	private Set<String> routes() {
		Set<String> routes = new TreeSet<>();
		this.context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values().forEach((mapping) -> {
			for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
				List<String> methods = info.getMethodsCondition().getMethods().stream().map(Enum::name).toList();
				for (String pattern : info.getPatternValues()) {
					(methods.isEmpty() ? List.of("GET") : methods).forEach((method) -> routes.add(method + " " + pattern));
				}
			}
		});
		return routes;
	}

	/**
	 * The declared policy: for each route, who is let in. Each row of the table reads
	 * {@code | `METHOD /path` | public | administrator | secretariat | delegate | approver | stakeholder | focal point | notes |},
	 * a cell holding ✓ where that role gets in.
	 */
	private static Map<String, Set<Who>> policy() throws IOException {
		Map<String, Set<Who>> policy = new LinkedHashMap<>();
		for (String line : Files.readAllLines(POLICY)) {
			Matcher row = POLICY_ROW.matcher(line);
			if (row.matches()) {
				String[] cells = row.group(3).split("\\|", -1);
				List<Who> allowed = new ArrayList<>();
				for (Who who : Who.values()) {
					if (cells[who.ordinal()].contains("✓")) {
						allowed.add(who);
					}
				}
				String route = row.group(1) + " " + row.group(2);
				assertThat(policy.put(route, allowed.isEmpty() ? Set.of() : Set.copyOf(allowed))).as("%s twice", route).isNull();
			}
		}
		return policy;
	}

}
