/**
 * The meetings calendar as pages.
 */
package org.unoda.poa.web.meeting;
