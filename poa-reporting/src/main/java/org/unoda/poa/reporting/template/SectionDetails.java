package org.unoda.poa.reporting.template;

import org.unoda.poa.core.framework.Pillar;

/**
 * What the secretariat writes about a section.
 *
 * @param code a short stable code, such as {@code LAW}
 * @param title the title
 * @param description an introduction shown above the questions
 * @param pillar the pillar the section belongs to
 */
public record SectionDetails(String code, String title, String description, Pillar pillar) {

	public SectionDetails {
		description = (description != null) ? description : "";
	}

}
