package org.unoda.poa.core.organisation;

import java.util.Optional;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.unoda.poa.core.persistence.AuditedEntity;
import org.unoda.poa.core.state.State;

/**
 * A non-governmental stakeholder taking part in the Programme of Action. Accreditation is
 * added by the meetings module.
 */
@Entity
@Table(name = "organisation")
public class Organisation extends AuditedEntity {

	private String name;

	private String acronym;

	@Enumerated(EnumType.STRING)
	private OrganisationType type;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "country_id")
	private State country;

	private String website;

	private boolean ecosocStatus;

	protected Organisation() {
	}

	public Organisation(String name, String acronym, OrganisationType type, State country, String website,
			boolean ecosocStatus) {
		this.name = name;
		this.acronym = acronym;
		this.type = type;
		this.country = country;
		this.website = website;
		this.ecosocStatus = ecosocStatus;
	}

	public String getName() {
		return this.name;
	}

	public String getAcronym() {
		return this.acronym;
	}

	public OrganisationType getType() {
		return this.type;
	}

	public Optional<State> getCountry() {
		return Optional.ofNullable(this.country);
	}

	public String getWebsite() {
		return this.website;
	}

	/**
	 * Whether the organisation holds consultative status with ECOSOC.
	 */
	public boolean hasEcosocStatus() {
		return this.ecosocStatus;
	}

}
