package org.unoda.poa.reporting.capacity;

import org.unoda.poa.core.framework.Norm;
import org.unoda.poa.core.framework.Pillar;

/**
 * A need as a submitted report states it, ready to be declared.
 *
 * @param key which answer it comes from, unique in the report
 * @param question the question the State answered
 * @param title the title the need will have
 * @param description what the State wrote
 * @param pillar the pillar
 * @param norm the norm, where the question was about one
 * @param topic the topic
 * @param form the form of help the report asked for
 * @param needId the need it already became, {@code null} if it has not
 */
public record NeedDraft(String key, String question, String title, String description, Pillar pillar, Norm norm,
		CapacityTopic topic, AssistanceForm form, Long needId) {

	public boolean isDeclared() {
		return this.needId != null;
	}

}
