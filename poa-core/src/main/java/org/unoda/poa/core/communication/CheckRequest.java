package org.unoda.poa.core.communication;

import java.util.List;

import org.unoda.poa.core.contact.ContactLevel;
import org.unoda.poa.core.state.RegionalGroup;

/**
 * What the secretariat asks for when starting a check.
 *
 * @param requestKey a key unique to the form that asked, so that sending it twice starts one
 * check
 * @param title the check's title, shown in the message
 * @param group only contacts of this regional group, or {@code null} for all
 * @param level only contacts of this level, or {@code null} for both
 * @param stateCodes only contacts of these States (alpha-3 codes), or empty for all
 */
public record CheckRequest(String requestKey, String title, RegionalGroup group, ContactLevel level,
		List<String> stateCodes) {

	public CheckRequest {
		stateCodes = (stateCodes != null) ? List.copyOf(stateCodes) : List.of();
	}

}
