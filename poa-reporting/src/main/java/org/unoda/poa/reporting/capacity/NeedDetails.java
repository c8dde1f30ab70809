package org.unoda.poa.reporting.capacity;

import org.unoda.poa.core.framework.Norm;
import org.unoda.poa.core.framework.Pillar;
import org.unoda.poa.core.state.RegionalGroup;

/**
 * What a State says about a need.
 *
 * @param title a short title
 * @param description the need in the State's words
 * @param pillar the pillar
 * @param norm the norm, only under the norms pillar; {@code null} for none
 * @param topic the topic
 * @param form the form of help wanted
 * @param urgency how soon
 * @param region the regional group the help is for, {@code null} for none
 * @param language the UN language the help is wanted in
 * @param womensParticipation whether it concerns women's participation
 * @param genderDigitalDivide whether it concerns the gender digital divide
 * @param published whether everyone may read it
 */
public record NeedDetails(String title, String description, Pillar pillar, Norm norm, CapacityTopic topic,
		AssistanceForm form, Urgency urgency, RegionalGroup region, String language, boolean womensParticipation,
		boolean genderDigitalDivide, boolean published) {

	Assistance assistance() {
		return Assistance.of(this.pillar, this.norm, this.topic, this.form, this.womensParticipation,
				this.genderDigitalDivide);
	}

}
