package org.unoda.poa.reporting.capacity;

import java.util.List;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unoda.poa.core.FieldRejectedException;
import org.unoda.poa.core.NotFoundException;
import org.unoda.poa.core.organisation.Organisations;
import org.unoda.poa.core.state.States;
import org.unoda.poa.core.user.Role;
import org.unoda.poa.core.user.Viewer;

/**
 * Offers of capacity-building assistance. A State's delegates offer for the State, an accredited
 * organisation's representatives for the organisation, the secretariat and administrators for
 * the secretariat; each changes and withdraws only its own. Every signed-in user reads the open
 * offers; the public only sees them counted.
 */
@Service
@Transactional(readOnly = true)
public class CapacityOffers {

	private final CapacityOfferRepository offers;

	private final States states;

	private final Organisations organisations;

	private final AccreditedOrganisations accredited;

	CapacityOffers(CapacityOfferRepository offers, States states, Organisations organisations,
			AccreditedOrganisations accredited) {
		this.offers = offers;
		this.states = states;
		this.organisations = organisations;
		this.accredited = accredited;
	}

	/**
	 * Whether the viewer may offer assistance: a State's delegate, the secretariat, or a
	 * representative of an accredited organisation.
	 */
	public boolean mayOffer(Viewer viewer) {
		return viewer.hasRole(Role.DELEGATE) || viewer.isSecretariatOrAdmin()
				|| (viewer.hasRole(Role.STAKEHOLDER) && this.accredited.isAccredited(viewer.organisationId()));
	}

	/**
	 * The open offers, for signed-in users; none for the public.
	 */
	public List<CapacityOffer> visibleTo(Viewer viewer) {
		return viewer.isSignedIn() ? this.offers.findOpen() : List.of();
	}

	/**
	 * The offers of the viewer's State or organisation, withdrawn ones too.
	 */
	public List<CapacityOffer> ofOwn(Viewer viewer) {
		if (viewer.hasRole(Role.DELEGATE) || viewer.hasRole(Role.STAKEHOLDER)) {
			return this.offers.findOwn(CapacityNeeds.ownState(viewer), CapacityNeeds.ownOrganisation(viewer));
		}
		return List.of();
	}

	/**
	 * An offer a signed-in viewer may read: an open one, or a withdrawn one of their own.
	 * @throws NotFoundException otherwise
	 */
	public CapacityOffer find(Viewer viewer, Long id) {
		CapacityOffer offer = this.offers.findById(id).orElseThrow(() -> new NotFoundException("offer", id));
		if (viewer.isSignedIn() && (offer.isOpen() || mayChange(viewer, offer))) {
			return offer;
		}
		throw new NotFoundException("offer", id);
	}

	/**
	 * Whether the viewer speaks for the offer's provider.
	 */
	public boolean mayChange(Viewer viewer, CapacityOffer offer) {
		return switch (offer.getProvider()) {
			case STATE -> viewer.representsState(offer.getState().orElseThrow().getId());
			case ORGANISATION -> viewer.hasRole(Role.STAKEHOLDER)
					&& offer.getOrganisation().orElseThrow().getId().equals(viewer.organisationId());
			case SECRETARIAT -> viewer.isSecretariatOrAdmin();
		};
	}

	/**
	 * The viewer offers assistance for whom they speak for.
	 */
	@Transactional
	public CapacityOffer declare(Viewer viewer, OfferDetails details) {
		if (!mayOffer(viewer)) {
			throw new AccessDeniedException("only States, accredited organisations and the secretariat offer");
		}
		CapacityOffer offer;
		if (viewer.hasRole(Role.DELEGATE)) {
			offer = CapacityOffer.byState(this.states.find(viewer.stateId())
				.orElseThrow(() -> new NotFoundException("state", viewer.stateId())));
		}
		else if (viewer.hasRole(Role.STAKEHOLDER)) {
			offer = CapacityOffer.byOrganisation(this.organisations.find(viewer.organisationId())
				.orElseThrow(() -> new NotFoundException("organisation", viewer.organisationId())));
		}
		else {
			offer = CapacityOffer.bySecretariat();
		}
		offer.describe(checked(details), details.assistance());
		return this.offers.save(offer);
	}

	@Transactional
	public void change(Viewer viewer, Long id, long version, OfferDetails details) {
		forChange(viewer, id, version).describe(checked(details), details.assistance());
	}

	@Transactional
	public void withdraw(Viewer viewer, Long id, long version) {
		forChange(viewer, id, version).withdraw();
	}

	private CapacityOffer forChange(Viewer viewer, Long id, long version) {
		CapacityOffer offer = this.offers.findById(id).orElseThrow(() -> new NotFoundException("offer", id));
		if (!mayChange(viewer, offer)) {
			throw new AccessDeniedException("only the provider changes its offer");
		}
		if (offer.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(CapacityOffer.class, id);
		}
		if (!offer.isOpen()) {
			throw new FieldRejectedException("status", "capacity.offerIsWithdrawn");
		}
		return offer;
	}

	private static OfferDetails checked(OfferDetails details) {
		Texts.require("title", details.title(), CapacityNeeds.TITLE_LIMIT);
		Texts.require("description", details.description(), CapacityNeeds.DESCRIPTION_LIMIT);
		if (details.languages() == null || details.languages().isEmpty()
				|| !details.languages().stream().allMatch(CapacityLanguage::isKnown)) {
			throw new FieldRejectedException("languages", "capacity.languagesRequired");
		}
		return new OfferDetails(details.title(), details.description(), details.pillar(), details.norm(),
				details.topic(), details.form(), details.region(), details.languages().stream().distinct().toList(),
				details.womensParticipation(), details.genderDigitalDivide());
	}

}
