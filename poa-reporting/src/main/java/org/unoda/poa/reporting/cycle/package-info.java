/**
 * Reporting cycles: a template edition, an opening date and a deadline; and the reminders
 * that go to States that have not yet submitted.
 */
@NamedInterface("cycle")
package org.unoda.poa.reporting.cycle;

import org.springframework.modulith.NamedInterface;
