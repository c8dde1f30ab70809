package org.unoda.poa.core.framework;

/**
 * A pillar of the framework, plus the national context and the cross-cutting gender and
 * digital-divide dimension, which reports and capacity-building needs are organised by.
 */
public enum Pillar {

	NATIONAL_CONTEXT, THREATS, INTERNATIONAL_LAW, NORMS, CONFIDENCE_BUILDING, CAPACITY_BUILDING,
	GENDER_DIGITAL_DIVIDE, INSTITUTIONAL_DIALOGUE;

	public String messageKey() {
		return "pillar." + name();
	}

}
