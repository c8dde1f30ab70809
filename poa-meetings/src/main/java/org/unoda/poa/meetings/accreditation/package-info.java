/**
 * Accreditation of stakeholder organisations by non-objection: applications, circulation to
 * the States with a deadline (or the lighter path for organisations with ECOSOC status),
 * confidential objections, and the outcome when the deadline passes, every step recorded for
 * good.
 */
@NamedInterface("accreditation")
package org.unoda.poa.meetings.accreditation;

import org.springframework.modulith.NamedInterface;
