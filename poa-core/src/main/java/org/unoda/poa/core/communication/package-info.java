/**
 * Communication checks: the secretariat messages every targeted Point of Contact, each contact
 * acknowledges through its own link, and the outcome is measured by regional group and level.
 */
package org.unoda.poa.core.communication;
