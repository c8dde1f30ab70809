package org.unoda.poa.reporting.capacity;

import java.time.Instant;

/**
 * A State's submitted report that needs can be declared from.
 *
 * @param id the report
 * @param title its title
 * @param submittedAt when it was submitted
 */
public record SubmittedReport(Long id, String title, Instant submittedAt) {

}
