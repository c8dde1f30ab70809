package org.unoda.poa.reporting.filing;

import java.time.Instant;

/**
 * Where one section of a report stands.
 *
 * @param sectionId the template section
 * @param unchanged whether the State marked it "no change since last report"
 * @param edits how many times it was saved; the edit form sends it back to detect conflicts
 * @param updatedAt when it was last saved, {@code null} if never
 * @param updatedBy who saved it last
 */
public record SectionState(Long sectionId, boolean unchanged, int edits, Instant updatedAt, String updatedBy) {

	public static SectionState untouched(Long sectionId) {
		return new SectionState(sectionId, false, 0, null, null);
	}

}
