/**
 * Each form is filed once: every form that changes something carries a one-time submission
 * token, and a second request with the same token (a double click, a resent form) is answered
 * with where the first one led instead of doing the change again.
 */
package org.unoda.poa.web.submission;
