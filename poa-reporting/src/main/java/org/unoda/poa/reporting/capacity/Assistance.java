package org.unoda.poa.reporting.capacity;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.unoda.poa.core.FieldRejectedException;
import org.unoda.poa.core.framework.Norm;
import org.unoda.poa.core.framework.Pillar;

/**
 * What help a need asks for or an offer gives: the pillar, the norm where it concerns one, the
 * topic and the form, and whether it concerns women's participation or the gender digital
 * divide. Needs and offers describe themselves alike, so they can be matched.
 */
@Embeddable
public class Assistance {

	@Enumerated(EnumType.STRING)
	private Pillar pillar;

	private String norm;

	@Enumerated(EnumType.STRING)
	private CapacityTopic topic;

	@Enumerated(EnumType.STRING)
	private AssistanceForm form;

	private boolean womensParticipation;

	private boolean genderDigitalDivide;

	protected Assistance() {
	}

	private Assistance(Pillar pillar, Norm norm, CapacityTopic topic, AssistanceForm form,
			boolean womensParticipation, boolean genderDigitalDivide) {
		this.pillar = pillar;
		this.norm = (norm != null) ? norm.letter() : null;
		this.topic = topic;
		this.form = form;
		this.womensParticipation = womensParticipation;
		this.genderDigitalDivide = genderDigitalDivide;
	}

	/**
	 * Checks and describes help. A norm belongs only to the norms pillar.
	 * @throws FieldRejectedException naming the field that is missing or does not fit
	 */
	public static Assistance of(Pillar pillar, Norm norm, CapacityTopic topic, AssistanceForm form,
			boolean womensParticipation, boolean genderDigitalDivide) {
		if (pillar == null) {
			throw new FieldRejectedException("pillar", "capacity.pillarRequired");
		}
		if (norm != null && pillar != Pillar.NORMS) {
			throw new FieldRejectedException("norm", "capacity.normOnlyForNorms");
		}
		if (topic == null) {
			throw new FieldRejectedException("topic", "capacity.topicRequired");
		}
		if (form == null) {
			throw new FieldRejectedException("form", "capacity.formRequired");
		}
		return new Assistance(pillar, norm, topic, form, womensParticipation, genderDigitalDivide);
	}

	/**
	 * Whether an offer of this help can meet a need of the other: same pillar, topic and form.
	 */
	public boolean sameAs(Assistance other) {
		return this.pillar == other.pillar && this.topic == other.topic && this.form == other.form;
	}

	public Pillar getPillar() {
		return this.pillar;
	}

	public Norm getNorm() {
		return Norm.ofLetter(this.norm).orElse(null);
	}

	public CapacityTopic getTopic() {
		return this.topic;
	}

	public AssistanceForm getForm() {
		return this.form;
	}

	public boolean isWomensParticipation() {
		return this.womensParticipation;
	}

	public boolean isGenderDigitalDivide() {
		return this.genderDigitalDivide;
	}

}
