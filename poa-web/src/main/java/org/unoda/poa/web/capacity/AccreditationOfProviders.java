package org.unoda.poa.web.capacity;

import org.springframework.stereotype.Component;
import org.unoda.poa.meetings.accreditation.Accreditations;
import org.unoda.poa.reporting.capacity.AccreditedOrganisations;

/**
 * Lets capacity-building ask the meetings module whether an organisation is accredited.
 */
@Component
class AccreditationOfProviders implements AccreditedOrganisations {

	private final Accreditations accreditations;

	AccreditationOfProviders(Accreditations accreditations) {
		this.accreditations = accreditations;
	}

	@Override
	public boolean isAccredited(Long organisationId) {
		return this.accreditations.isAccredited(organisationId);
	}

}
