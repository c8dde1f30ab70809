package org.unoda.poa.reporting.filing;

import java.time.Instant;
import java.util.List;

import org.unoda.poa.core.FieldRejectedException;

/**
 * What became of a section save.
 *
 * @param edits the section's new edit count, for the next save
 * @param savedAt when it was saved
 * @param completeness the report's share of questions answered after the save
 * @param rejected the answers not saved because they were not valid; the others were saved
 */
public record SaveOutcome(int edits, Instant savedAt, int completeness, List<FieldRejectedException> rejected) {

}
