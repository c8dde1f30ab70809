/**
 * Stakeholder organisations: NGOs, academia, the private sector and the technical community.
 */
package org.unoda.poa.core.organisation;
