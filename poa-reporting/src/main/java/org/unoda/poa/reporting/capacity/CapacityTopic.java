package org.unoda.poa.reporting.capacity;

import java.util.Arrays;
import java.util.Optional;

import org.unoda.poa.core.framework.Pillar;

/**
 * What a need or an offer is about. Each topic carries the code of the matching area in the
 * national survey's question on capacity-building needs, and the pillar it belongs to.
 */
public enum CapacityTopic {

	INTERNATIONAL_LAW("LAW", Pillar.INTERNATIONAL_LAW), NORMS("NORMS", Pillar.NORMS),
	CONFIDENCE_BUILDING("CBM", Pillar.CONFIDENCE_BUILDING), INCIDENT_RESPONSE("CERT", Pillar.CAPACITY_BUILDING),
	CRITICAL_INFRASTRUCTURE("CI", Pillar.CAPACITY_BUILDING), POLICY_STRATEGY("POLICY", Pillar.CAPACITY_BUILDING),
	LEGISLATION("LEGAL", Pillar.CAPACITY_BUILDING), SKILLS("SKILLS", Pillar.CAPACITY_BUILDING);

	private final String surveyCode;

	private final Pillar pillar;

	CapacityTopic(String surveyCode, Pillar pillar) {
		this.surveyCode = surveyCode;
		this.pillar = pillar;
	}

	public String messageKey() {
		return "capacityTopic." + name();
	}

	/**
	 * The pillar a need on this topic belongs to when nothing else says.
	 */
	public Pillar pillar() {
		return this.pillar;
	}

	/**
	 * The topic a survey answer's area code stands for.
	 */
	public static Optional<CapacityTopic> ofSurveyCode(String code) {
		return Arrays.stream(values()).filter((topic) -> topic.surveyCode.equals(code)).findFirst();
	}

	/**
	 * The topic a need stated under a pillar's question is most likely about.
	 */
	public static CapacityTopic forPillar(Pillar pillar) {
		return switch (pillar) {
			case INTERNATIONAL_LAW -> INTERNATIONAL_LAW;
			case NORMS -> NORMS;
			case CONFIDENCE_BUILDING -> CONFIDENCE_BUILDING;
			case THREATS -> INCIDENT_RESPONSE;
			case GENDER_DIGITAL_DIVIDE -> SKILLS;
			default -> POLICY_STRATEGY;
		};
	}

}
