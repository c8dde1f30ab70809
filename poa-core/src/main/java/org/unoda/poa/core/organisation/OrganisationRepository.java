package org.unoda.poa.core.organisation;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Stores stakeholder organisations.
 */
public interface OrganisationRepository extends Repository<Organisation, Long> {

	@EntityGraph(attributePaths = "country")
	Optional<Organisation> findById(Long id);

	@EntityGraph(attributePaths = "country")
	@Query("select o from Organisation o order by o.name")
	List<Organisation> findAllOrderByName();

	boolean existsByNameIgnoreCase(String name);

	Organisation save(Organisation organisation);

}
