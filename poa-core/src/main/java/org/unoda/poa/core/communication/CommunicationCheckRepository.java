package org.unoda.poa.core.communication;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface CommunicationCheckRepository extends Repository<CommunicationCheck, Long> {

	Optional<CommunicationCheck> findById(Long id);

	Optional<CommunicationCheck> findByRequestKey(String requestKey);

	@Query("select c from CommunicationCheck c order by c.startedAt desc")
	List<CommunicationCheck> findAllNewestFirst();

	/**
	 * The open checks with exactly this scope, newest first.
	 */
	@Query("select c from CommunicationCheck c where c.scope = ?1 and c.linksExpireAt > ?2 order by c.startedAt desc")
	List<CommunicationCheck> findOpenWithScope(String scope, Instant now);

	CommunicationCheck save(CommunicationCheck check);

}
