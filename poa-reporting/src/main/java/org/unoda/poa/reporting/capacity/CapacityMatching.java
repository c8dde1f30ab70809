package org.unoda.poa.reporting.capacity;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unoda.poa.core.FieldRejectedException;
import org.unoda.poa.core.NotFoundException;
import org.unoda.poa.core.user.Viewer;

/**
 * Matching needs with offers: the platform suggests, the secretariat confirms a match, which
 * puts the parties in contact, and records its outcome. The parties read their matches.
 */
@Service
@Transactional(readOnly = true)
public class CapacityMatching {

	private static final int NOTE_LIMIT = 4000;

	private final CapacityMatchRepository matches;

	private final CapacityNeedRepository needs;

	private final CapacityOfferRepository offers;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	CapacityMatching(CapacityMatchRepository matches, CapacityNeedRepository needs, CapacityOfferRepository offers,
			Clock clock, ApplicationEventPublisher events) {
		this.matches = matches;
		this.needs = needs;
		this.offers = offers;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * The offers that could meet each open need, not yet matched with it.
	 */
	@PreAuthorize("hasAnyRole('SECRETARIAT', 'ADMIN')")
	public List<MatchSuggestion> suggestions() {
		return MatchSuggestions.suggest(this.needs.findByStatusIn(List.of(NeedStatus.OPEN)), this.offers.findOpen(),
				new HashSet<>(this.matches.findPairs()));
	}

	/**
	 * The suggestions for one need.
	 */
	@PreAuthorize("hasAnyRole('SECRETARIAT', 'ADMIN')")
	public List<MatchSuggestion> suggestionsFor(Long needId) {
		return suggestions().stream().filter((suggestion) -> suggestion.need().getId().equals(needId)).toList();
	}

	/**
	 * The matches the viewer may follow: all for the secretariat, their own for the parties.
	 */
	public List<CapacityMatch> visibleTo(Viewer viewer) {
		if (viewer.isSecretariatOrAdmin()) {
			return this.matches.findAllByStage();
		}
		if (!viewer.isSignedIn()) {
			return List.of();
		}
		return this.matches.findOfParty(CapacityNeeds.ownState(viewer), CapacityNeeds.ownOrganisation(viewer));
	}

	/**
	 * The matches of a need the viewer may follow: all of them for the secretariat and the State
	 * in need, a provider's own for the provider.
	 */
	public List<CapacityMatch> ofNeed(Viewer viewer, Long needId) {
		return this.matches.findByNeed(needId)
			.stream()
			.filter((match) -> viewer.isSecretariatOrAdmin() || isParty(viewer, match))
			.toList();
	}

	/**
	 * A match the viewer may follow.
	 * @throws NotFoundException when there is none, or the viewer is neither the secretariat nor a party
	 */
	public CapacityMatch find(Viewer viewer, Long id) {
		CapacityMatch match = this.matches.findById(id).orElseThrow(() -> new NotFoundException("match", id));
		if (viewer.isSecretariatOrAdmin() || isParty(viewer, match)) {
			return match;
		}
		throw new NotFoundException("match", id);
	}

	/**
	 * Whether the viewer speaks for the State in need or for the offer's provider.
	 */
	public static boolean isParty(Viewer viewer, CapacityMatch match) {
		CapacityOffer offer = match.getOffer();
		return viewer.representsState(match.getNeed().getState().getId())
				|| offer.getState().map((state) -> viewer.representsState(state.getId())).orElse(false)
				|| offer.getOrganisation()
					.map((organisation) -> viewer.organisationId() != null
							&& Objects.equals(organisation.getId(), viewer.organisationId()))
					.orElse(false);
	}

	/**
	 * The secretariat confirms a match between an open need and an open offer, and the parties
	 * are put in contact.
	 */
	@Transactional
	@PreAuthorize("hasAnyRole('SECRETARIAT', 'ADMIN')")
	public CapacityMatch confirm(Long needId, Long offerId, String note) {
		CapacityNeed need = this.needs.findById(needId).orElseThrow(() -> new NotFoundException("need", needId));
		CapacityOffer offer = this.offers.findById(offerId).orElseThrow(() -> new NotFoundException("offer", offerId));
		if (need.getStatus() != NeedStatus.OPEN && need.getStatus() != NeedStatus.MATCHED) {
			throw new FieldRejectedException("needId", "capacity.needNotOpen");
		}
		if (!offer.isOpen()) {
			throw new FieldRejectedException("offerId", "capacity.offerIsWithdrawn");
		}
		if (this.matches.existsByNeedIdAndOfferId(needId, offerId)) {
			throw new FieldRejectedException("offerId", "capacity.alreadyMatched");
		}
		Texts.limit("note", note, NOTE_LIMIT);
		CapacityMatch match = this.matches.save(new CapacityMatch(need, offer, Texts.orNull(note)));
		this.events.publishEvent(MatchConfirmed.of(match));
		return match;
	}

	/**
	 * The secretariat records where a match got to, against the version it read.
	 */
	@Transactional
	@PreAuthorize("hasAnyRole('SECRETARIAT', 'ADMIN')")
	public void record(Long matchId, long version, MatchStatus outcome, String note) {
		CapacityMatch match = this.matches.findById(matchId).orElseThrow(() -> new NotFoundException("match", matchId));
		if (match.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(CapacityMatch.class, matchId);
		}
		if (outcome == null) {
			throw new FieldRejectedException("status", "capacity.outcomeNotNext");
		}
		Texts.limit("outcomeNote", note, NOTE_LIMIT);
		match.record(outcome, Texts.orNull(note), this.clock.instant(),
				this.matches.otherLiveMatch(match.getNeed().getId(), matchId));
	}

}
