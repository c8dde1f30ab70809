package org.unoda.poa.web.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ViewportSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scans a page with axe-core for the WCAG 2.x A and AA rules, failing on any serious or
 * critical violation; and checks what axe cannot, such as reflow to a narrow screen.
 */
final class Accessibility {

	private static final int MOST_TAB_STOPS = 200;

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

	/**
	 * The page reflows to a screen 320 CSS pixels wide (WCAG 2.2, 1.4.10): nothing but a data
	 * table's own scrolling box is wider than the screen, so the page never scrolls sideways.
	 */
	static void assertReflows(Page page) {
		ViewportSize before = page.viewportSize();
		page.setViewportSize(320, 640);
		try {
			Object wider = page.evaluate("""
					() => {
					  const width = document.documentElement.clientWidth;
					  if (document.documentElement.scrollWidth <= width) return [];
					  return [...document.querySelectorAll('body *')]
					    .filter((e) => !e.parentElement.closest('.table-responsive'))
					    .filter((e) => { const box = e.getBoundingClientRect(); return box.width > 0 && (box.right > width + 1 || box.left < -1); })
					    .slice(0, 5)
					    .map((e) => e.tagName.toLowerCase() + '.' + e.className);
					}""");
			assertThat((List<?>) wider).as("what is wider than a 320-pixel screen on %s", page.url()).isEmpty();
		}
		finally {
			page.setViewportSize(before.width, before.height);
		}
	}

	/**
	 * Every control the Tab key reaches on the page shows the platform's focus ring (WCAG 2.2,
	 * 2.4.7), form fields and buttons included.
	 */
	static void assertFocusAlwaysVisible(Page page) {
		List<String> unmarked = new ArrayList<>();
		String first = null;
		for (int stop = 0; stop < MOST_TAB_STOPS; stop++) {
			page.keyboard().press("Tab");
			@SuppressWarnings("unchecked")
			Map<String, Object> focused = (Map<String, Object>) page.evaluate("""
					() => {
					  const e = document.activeElement;
					  if (!e || e === document.body) return null;
					  const name = e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + ' '
					    + (e.getAttribute('aria-label') || e.textContent || '').trim().slice(0, 40);
					  // the focus is on a part of a native control, such as a date field's calendar button
					  if (!e.matches(':focus-visible')) return { name, marked: true };
					  const style = getComputedStyle(e);
					  return { name, marked: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 };
					}""");
			if (focused == null || ((String) focused.get("name")).equals(first)) {
				break;
			}
			first = (first != null) ? first : (String) focused.get("name");
			if (!Boolean.TRUE.equals(focused.get("marked"))) {
				unmarked.add((String) focused.get("name"));
			}
		}
		assertThat(unmarked).as("controls on %s whose focus is not shown", page.url()).isEmpty();
	}

	private static String describe(Rule rule) {
		return rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp() + " at "
				+ rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).collect(Collectors.joining(", "));
	}

}
