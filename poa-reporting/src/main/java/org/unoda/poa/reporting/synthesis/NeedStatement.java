package org.unoda.poa.reporting.synthesis;

import java.util.List;

import org.unoda.poa.core.framework.Norm;
import org.unoda.poa.core.framework.Pillar;
import org.unoda.poa.core.language.Localized;
import org.unoda.poa.core.state.RegionalGroup;

/**
 * A capacity-building need a State declared in a submitted report.
 *
 * @param reportId the report
 * @param stateAlpha3 the State's code
 * @param stateName the State's name in the reader's language
 * @param group the State's regional group, {@code null} for none
 * @param pillar the pillar of the question it answered
 * @param norm the norm, where the question was about one
 * @param question the question, in the reader's language or else as written
 * @param text what the State wrote, or {@code null}
 * @param chosen the labels of the options it chose, in the question's language
 */
public record NeedStatement(Long reportId, String stateAlpha3, String stateName, RegionalGroup group, Pillar pillar,
		Norm norm, Localized question, String text, List<String> chosen) {

}
