package org.unoda.poa.reporting.capacity;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface CapacityNeedRepository extends Repository<CapacityNeed, Long> {

	@EntityGraph(attributePaths = "state")
	Optional<CapacityNeed> findById(Long id);

	/**
	 * The needs a viewer may read, withdrawn ones aside: published needs; every need of the
	 * viewer's own State; the needs matched with an offer of the viewer's State or organisation;
	 * every need when {@code all}.
	 */
	@EntityGraph(attributePaths = "state")
	@Query("""
			select n from CapacityNeed n
			where n.status <> org.unoda.poa.reporting.capacity.NeedStatus.WITHDRAWN
			  and (:all = true or n.published = true or n.state.id = :stateId
			       or exists (select m from CapacityMatch m
			                  where m.need = n and (m.offer.state.id = :stateId or m.offer.organisation.id = :organisationId)))
			order by n.status, n.urgency desc, n.createdAt desc
			""")
	List<CapacityNeed> findVisible(@Param("all") boolean all, @Param("stateId") Long stateId,
			@Param("organisationId") Long organisationId);

	/**
	 * Whether the need is matched with an offer of the State or organisation given.
	 */
	@Query("""
			select count(m) > 0 from CapacityMatch m
			where m.need.id = :needId and (m.offer.state.id = :stateId or m.offer.organisation.id = :organisationId)
			""")
	boolean isMatchedWithOfferOf(Long needId, Long stateId, Long organisationId);

	@EntityGraph(attributePaths = "state")
	@Query("select n from CapacityNeed n where n.state.id = :stateId order by n.status, n.createdAt desc")
	List<CapacityNeed> findByStateId(Long stateId);

	@EntityGraph(attributePaths = "state")
	List<CapacityNeed> findByStatusIn(Collection<NeedStatus> statuses);

	@Query("select n from CapacityNeed n where n.sourceReportId = :reportId")
	List<CapacityNeed> findBySourceReportId(Long reportId);

	CapacityNeed save(CapacityNeed need);

}
