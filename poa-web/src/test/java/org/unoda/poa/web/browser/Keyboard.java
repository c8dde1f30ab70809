package org.unoda.poa.web.browser;

import com.microsoft.playwright.Page;

/**
 * Moving through a page as someone without a mouse does: with the Tab key.
 */
final class Keyboard {

	private static final int MOST_STOPS = 80;

	private Keyboard() {
	}

	/**
	 * Presses Tab until the focus is on the control with this text or label.
	 * @throws AssertionError when no such control is reached
	 */
	static void tabTo(Page page, String name) {
		for (int i = 0; i < MOST_STOPS; i++) {
			page.keyboard().press("Tab");
			if (name.equals(focusedName(page))) {
				return;
			}
		}
		throw new AssertionError("No control named '" + name + "' is reached with the Tab key");
	}

	/**
	 * Tabs to the control with this name and presses Enter on it, as one follows a link or
	 * presses a button without a mouse.
	 */
	static void activate(Page page, String name) {
		tabTo(page, name);
		page.keyboard().press("Enter");
	}

	/**
	 * The name of the focused control: its {@code aria-label} when it has one, the text of its
	 * label for a field, its text otherwise.
	 */
	static String focusedName(Page page) {
		return (String) page.evaluate("""
				() => {
				  const e = document.activeElement;
				  if (!e) return null;
				  if (e.getAttribute('aria-label')) return e.getAttribute('aria-label').trim();
				  if (e.labels && e.labels.length > 0) return e.labels[0].textContent.trim();
				  return e.textContent.trim();
				}""");
	}

	static boolean focusedIsCheckedBox(Page page) {
		return Boolean.TRUE.equals(page.evaluate(
				"() => document.activeElement && document.activeElement.type === 'checkbox' && document.activeElement.checked"));
	}

	static boolean focusedIsBox(Page page) {
		return Boolean.TRUE.equals(
				page.evaluate("() => document.activeElement && document.activeElement.type === 'checkbox'"));
	}

}
