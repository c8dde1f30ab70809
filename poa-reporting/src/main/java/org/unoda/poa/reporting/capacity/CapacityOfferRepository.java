package org.unoda.poa.reporting.capacity;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface CapacityOfferRepository extends Repository<CapacityOffer, Long> {

	@EntityGraph(attributePaths = { "state", "organisation" })
	Optional<CapacityOffer> findById(Long id);

	@EntityGraph(attributePaths = { "state", "organisation" })
	@Query("select o from CapacityOffer o where o.status = org.unoda.poa.reporting.capacity.OfferStatus.OPEN "
			+ "order by o.createdAt desc")
	List<CapacityOffer> findOpen();

	@EntityGraph(attributePaths = { "state", "organisation" })
	@Query("""
			select o from CapacityOffer o
			where (o.provider = org.unoda.poa.reporting.capacity.Provider.STATE and o.state.id = :stateId)
			   or (o.provider = org.unoda.poa.reporting.capacity.Provider.ORGANISATION and o.organisation.id = :organisationId)
			order by o.status, o.createdAt desc
			""")
	List<CapacityOffer> findOwn(Long stateId, Long organisationId);

	CapacityOffer save(CapacityOffer offer);

}
