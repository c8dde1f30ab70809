package org.unoda.poa.web.state;

import java.util.Locale;
import java.util.Map;

import org.unoda.poa.core.state.GroupParticipation;
import org.unoda.poa.core.state.RegionalGroup;
import org.unoda.poa.core.state.State;
import org.unoda.poa.core.state.UnStatus;

/**
 * A State as the API shows it.
 *
 * @param alpha2 ISO 3166-1 alpha-2 code
 * @param alpha3 ISO 3166-1 alpha-3 code
 * @param numeric ISO 3166-1 numeric code, with leading zeros
 * @param unStatus Member State or observer State
 * @param regionalGroup the UN regional group, absent for a State in none
 * @param groupParticipation member, observer or none
 * @param alsoParticipatesIn a second group the State takes part in
 * @param names the UN short name in each of the six UN languages, by language code
 */
record StateResource(String alpha2, String alpha3, String numeric, UnStatus unStatus, RegionalGroup regionalGroup,
		GroupParticipation groupParticipation, RegionalGroup alsoParticipatesIn, Map<String, String> names) {

	static StateResource of(State state) {
		return new StateResource(state.getAlpha2(), state.getAlpha3(), state.getNumeric(), state.getUnStatus(),
				state.getRegionalGroup().orElse(null), state.getGroupParticipation(),
				state.getAlsoParticipatesIn().orElse(null),
				Map.of("ar", state.getName(Locale.forLanguageTag("ar")), "zh", state.getName(Locale.CHINESE), "en",
						state.getNameEn(), "fr", state.getName(Locale.FRENCH), "ru",
						state.getName(Locale.forLanguageTag("ru")), "es", state.getName(Locale.forLanguageTag("es"))));
	}

}
