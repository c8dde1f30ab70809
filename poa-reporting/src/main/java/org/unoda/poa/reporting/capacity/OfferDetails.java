package org.unoda.poa.reporting.capacity;

import java.util.List;

import org.unoda.poa.core.framework.Norm;
import org.unoda.poa.core.framework.Pillar;
import org.unoda.poa.core.state.RegionalGroup;

/**
 * What a provider says about an offer of assistance.
 *
 * @param title a short title
 * @param description the offer in the provider's words
 * @param pillar the pillar
 * @param norm the norm, only under the norms pillar; {@code null} for none
 * @param topic the topic
 * @param form the form of help given
 * @param region the regional group it is for, {@code null} for every region
 * @param languages the UN languages the help can be given in
 * @param womensParticipation whether it concerns women's participation
 * @param genderDigitalDivide whether it concerns the gender digital divide
 */
public record OfferDetails(String title, String description, Pillar pillar, Norm norm, CapacityTopic topic,
		AssistanceForm form, RegionalGroup region, List<String> languages, boolean womensParticipation,
		boolean genderDigitalDivide) {

	Assistance assistance() {
		return Assistance.of(this.pillar, this.norm, this.topic, this.form, this.womensParticipation,
				this.genderDigitalDivide);
	}

}
