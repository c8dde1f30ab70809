package org.unoda.poa.web.stakeholder;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.unoda.poa.core.organisation.Organisation;
import org.unoda.poa.core.organisation.OrganisationType;
import org.unoda.poa.meetings.accreditation.Accreditations;

/**
 * The outcome of accreditation as open data: the accredited organisations, and how many
 * applications a State objected to (never which, nor who).
 */
@RestController
@Tag(name = "Accreditation", description = "Stakeholder organisations accredited by non-objection")
class AccreditationApiController {

	private final Accreditations accreditations;

	AccreditationApiController(Accreditations accreditations) {
		this.accreditations = accreditations;
	}

	@GetMapping("/api/v1/accreditation")
	@Operation(summary = "The accredited organisations by name, and the number of applications not accredited because a State objected")
	AccreditationOutcome outcome() {
		List<OrganisationResource> accredited = this.accreditations.accredited()
			.stream()
			.map((a) -> OrganisationResource.of(a.getOrganisation()))
			.toList();
		return new AccreditationOutcome(accredited, this.accreditations.objectedCount());
	}

	/**
	 * @param objectedApplications how many applications were not accredited because a State
	 * objected
	 */
	record AccreditationOutcome(List<OrganisationResource> accredited, long objectedApplications) {
	}

	/**
	 * @param country the alpha-3 code of the country it is based in, if any
	 */
	record OrganisationResource(String name, String acronym, OrganisationType type, String country, String website,
			boolean ecosocStatus) {

		static OrganisationResource of(Organisation organisation) {
			return new OrganisationResource(organisation.getName(), organisation.getAcronym(), organisation.getType(),
					organisation.getCountry().map((c) -> c.getAlpha3()).orElse(null), organisation.getWebsite(),
					organisation.hasEcosocStatus());
		}

	}

}
