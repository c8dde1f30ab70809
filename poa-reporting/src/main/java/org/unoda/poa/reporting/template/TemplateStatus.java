package org.unoda.poa.reporting.template;

/**
 * A template edition is edited as a draft and frozen when published.
 */
public enum TemplateStatus {

	DRAFT, PUBLISHED;

	public String messageKey() {
		return "templateStatus." + name();
	}

}
