package org.unoda.poa.reporting.capacity;

/**
 * The secretariat confirmed a match: the parties are to be put in contact.
 *
 * @param matchId the match
 * @param needTitle the need's title
 * @param offerTitle the offer's title
 * @param needStateId the State in need
 * @param offerStateId the State that offered, {@code null} when it was not a State
 * @param offerOrganisationId the organisation that offered, {@code null} when it was not one
 */
public record MatchConfirmed(Long matchId, String needTitle, String offerTitle, Long needStateId, Long offerStateId,
		Long offerOrganisationId) {

	static MatchConfirmed of(CapacityMatch match) {
		CapacityOffer offer = match.getOffer();
		return new MatchConfirmed(match.getId(), match.getNeed().getTitle(), offer.getTitle(),
				match.getNeed().getState().getId(), offer.getState().map((state) -> state.getId()).orElse(null),
				offer.getOrganisation().map((organisation) -> organisation.getId()).orElse(null));
	}

}
