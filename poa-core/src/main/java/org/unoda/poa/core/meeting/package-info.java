/**
 * Meetings of the Programme of Action: meetings of States, review conferences, the
 * international conference, working-group sessions and informal consultations.
 */
package org.unoda.poa.core.meeting;
