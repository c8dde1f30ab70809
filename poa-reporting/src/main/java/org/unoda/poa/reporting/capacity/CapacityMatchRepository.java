package org.unoda.poa.reporting.capacity;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface CapacityMatchRepository extends Repository<CapacityMatch, Long> {

	@EntityGraph(attributePaths = { "need", "need.state", "offer", "offer.state", "offer.organisation" })
	Optional<CapacityMatch> findById(Long id);

	@EntityGraph(attributePaths = { "need", "need.state", "offer", "offer.state", "offer.organisation" })
	@Query("select m from CapacityMatch m order by m.status, m.updatedAt desc")
	List<CapacityMatch> findAllByStage();

	/**
	 * The matches a State or an organisation is a party to, on either side.
	 */
	@EntityGraph(attributePaths = { "need", "need.state", "offer", "offer.state", "offer.organisation" })
	@Query("""
			select m from CapacityMatch m
			where m.need.state.id = :stateId or m.offer.state.id = :stateId or m.offer.organisation.id = :organisationId
			order by m.status, m.updatedAt desc
			""")
	List<CapacityMatch> findOfParty(Long stateId, Long organisationId);

	@EntityGraph(attributePaths = { "need", "need.state", "offer", "offer.state", "offer.organisation" })
	@Query("select m from CapacityMatch m where m.need.id = :needId order by m.createdAt")
	List<CapacityMatch> findByNeed(Long needId);

	@Query("select m.need.id || ':' || m.offer.id from CapacityMatch m")
	List<String> findPairs();

	boolean existsByNeedIdAndOfferId(Long needId, Long offerId);

	@Query("""
			select count(m) > 0 from CapacityMatch m
			where m.need.id = :needId and m.id <> :matchId
			  and m.status in (org.unoda.poa.reporting.capacity.MatchStatus.CONFIRMED,
			                   org.unoda.poa.reporting.capacity.MatchStatus.AGREED)
			""")
	boolean otherLiveMatch(Long needId, Long matchId);

	CapacityMatch save(CapacityMatch match);

}
