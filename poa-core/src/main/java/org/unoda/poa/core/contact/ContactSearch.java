package org.unoda.poa.core.contact;

import org.unoda.poa.core.state.RegionalGroup;

/**
 * What to look for in the directory; every part is optional.
 *
 * @param text found in the name, title, agency or an e-mail address
 * @param stateCode the State's alpha-3 code
 * @param group the State's regional group
 * @param level diplomatic or technical
 * @param language a working language, as an ISO 639-1 code
 * @param status nominated, verified or inactive; without it, the active contacts
 * @param staleOnly only contacts not confirmed within the staleness period
 */
public record ContactSearch(String text, String stateCode, RegionalGroup group, ContactLevel level, String language,
		ContactStatus status, boolean staleOnly) {

	public static ContactSearch everything() {
		return new ContactSearch(null, null, null, null, null, null, false);
	}

}
