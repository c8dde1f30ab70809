/**
 * Stakeholder participation pages.
 */
package org.unoda.poa.web.stakeholder;
