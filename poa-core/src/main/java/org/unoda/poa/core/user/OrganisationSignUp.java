package org.unoda.poa.core.user;

import org.unoda.poa.core.organisation.OrganisationType;

/**
 * What an organisation says about itself, and about its focal point, when it signs up.
 *
 * @param name the organisation's full name
 * @param acronym its acronym, may be empty
 * @param type what kind of stakeholder it is
 * @param countryId the State where it has its seat, {@code null} for none
 * @param website its website
 * @param ecosocStatus whether it holds consultative status with ECOSOC
 * @param focalPointName the focal point's name
 * @param focalPointEmail the focal point's e-mail address
 * @param username the focal point's sign-in name
 */
public record OrganisationSignUp(String name, String acronym, OrganisationType type, Long countryId, String website,
		boolean ecosocStatus, String focalPointName, String focalPointEmail, String username) {

}
