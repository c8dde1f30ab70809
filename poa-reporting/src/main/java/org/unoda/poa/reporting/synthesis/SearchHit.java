package org.unoda.poa.reporting.synthesis;

import java.util.ArrayList;
import java.util.List;

import org.unoda.poa.core.report.ReportStatus;
import org.unoda.poa.core.report.ReportVisibility;

/**
 * A report that matches a search.
 *
 * @param reportId the report version
 * @param stateAlpha3 the State's code
 * @param title the report's title
 * @param language the language it is written in
 * @param status where it stands
 * @param visibility who may read it
 * @param cycleTitle its cycle
 * @param excerpt a passage around the match, with the matching words marked
 */
public record SearchHit(Long reportId, String stateAlpha3, String title, String language, ReportStatus status,
		ReportVisibility visibility, String cycleTitle, List<Fragment> excerpt) {

	static final String START = "\u0002";

	static final String STOP = "\u0003";

	/**
	 * Splits a headline marked with {@link #START} and {@link #STOP} into fragments.
	 */
	static List<Fragment> fragments(String headline) {
		List<Fragment> fragments = new ArrayList<>();
		String rest = (headline != null) ? headline : "";
		while (!rest.isEmpty()) {
			int start = rest.indexOf(START);
			if (start < 0) {
				fragments.add(new Fragment(rest, false));
				break;
			}
			if (start > 0) {
				fragments.add(new Fragment(rest.substring(0, start), false));
			}
			int stop = rest.indexOf(STOP, start);
			stop = (stop < 0) ? rest.length() : stop;
			fragments.add(new Fragment(rest.substring(start + 1, stop), true));
			rest = rest.substring(Math.min(stop + 1, rest.length()));
		}
		return fragments;
	}

	/**
	 * A piece of the excerpt.
	 *
	 * @param text the words
	 * @param match whether they matched the search
	 */
	public record Fragment(String text, boolean match) {

	}

}
