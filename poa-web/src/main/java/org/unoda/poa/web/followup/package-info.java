/**
 * The follow-ups of committed changes (the mails to the people concerned), resubmitted when the
 * mail server refused them or the process died before sending them.
 */
package org.unoda.poa.web.followup;
