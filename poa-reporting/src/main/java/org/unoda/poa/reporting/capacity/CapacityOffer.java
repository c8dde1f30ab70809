package org.unoda.poa.reporting.capacity;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.springframework.util.Assert;
import org.unoda.poa.core.organisation.Organisation;
import org.unoda.poa.core.persistence.AuditedEntity;
import org.unoda.poa.core.state.RegionalGroup;
import org.unoda.poa.core.state.State;

/**
 * An offer of capacity-building assistance by a State, an organisation or the secretariat.
 * Offers are read by signed-in users only; the public sees them counted.
 */
@Entity
@Table(name = "capacity_offer")
public class CapacityOffer extends AuditedEntity {

	@Enumerated(EnumType.STRING)
	private Provider provider;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "state_id")
	private State state;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "organisation_id")
	private Organisation organisation;

	private String title;

	private String description;

	@Embedded
	private Assistance assistance;

	@Enumerated(EnumType.STRING)
	private RegionalGroup region;

	private String[] languages;

	@Enumerated(EnumType.STRING)
	private OfferStatus status = OfferStatus.OPEN;

	protected CapacityOffer() {
	}

	private CapacityOffer(Provider provider, State state, Organisation organisation) {
		this.provider = provider;
		this.state = state;
		this.organisation = organisation;
	}

	static CapacityOffer byState(State state) {
		return new CapacityOffer(Provider.STATE, state, null);
	}

	static CapacityOffer byOrganisation(Organisation organisation) {
		return new CapacityOffer(Provider.ORGANISATION, null, organisation);
	}

	static CapacityOffer bySecretariat() {
		return new CapacityOffer(Provider.SECRETARIAT, null, null);
	}

	void describe(OfferDetails details, Assistance assistance) {
		Assert.state(this.status == OfferStatus.OPEN, "a withdrawn offer is not changed");
		this.title = details.title().strip();
		this.description = details.description().strip();
		this.assistance = assistance;
		this.region = details.region();
		this.languages = details.languages().toArray(String[]::new);
	}

	void withdraw() {
		Assert.state(this.status == OfferStatus.OPEN, "only an open offer is withdrawn");
		this.status = OfferStatus.WITHDRAWN;
	}

	public boolean isOpen() {
		return this.status == OfferStatus.OPEN;
	}

	/**
	 * Whether the offer is for the region given: offers for every region are.
	 */
	public boolean covers(RegionalGroup candidate) {
		return this.region == null || this.region == candidate;
	}

	public boolean speaks(String language) {
		return List.of(this.languages).contains(language);
	}

	public Provider getProvider() {
		return this.provider;
	}

	public Optional<State> getState() {
		return Optional.ofNullable(this.state);
	}

	public Optional<Organisation> getOrganisation() {
		return Optional.ofNullable(this.organisation);
	}

	public String getTitle() {
		return this.title;
	}

	public String getDescription() {
		return this.description;
	}

	public Assistance getAssistance() {
		return this.assistance;
	}

	public Optional<RegionalGroup> getRegion() {
		return Optional.ofNullable(this.region);
	}

	public List<String> getLanguages() {
		return List.of(this.languages);
	}

	public OfferStatus getStatus() {
		return this.status;
	}

}
