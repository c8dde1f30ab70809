package org.unoda.poa.web.browser;

import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scans a page with axe-core for the WCAG 2.x A and AA rules, failing on any serious or
 * critical violation.
 */
final class Accessibility {

	private static final List<String> RULE_SETS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

	private Accessibility() {
	}

	static void assertNoSeriousViolations(Page page) {
		AxeResults results = new AxeBuilder(page).withTags(RULE_SETS).analyze();
		List<String> serious = results.getViolations()
			.stream()
			.filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
			.map(Accessibility::describe)
			.toList();
		assertThat(serious).as("accessibility of %s", page.url()).isEmpty();
	}

	private static String describe(Rule rule) {
		return rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp() + " at "
				+ rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).collect(Collectors.joining(", "));
	}

}
