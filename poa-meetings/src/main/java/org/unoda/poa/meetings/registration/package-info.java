/**
 * Registering States' delegations for meetings: the delegation's participants and the note
 * verbale, the secretariat's approval, the list of participants (naming only those who
 * agreed) and participation by gender.
 */
@NamedInterface("registration")
package org.unoda.poa.meetings.registration;

import org.springframework.modulith.NamedInterface;
