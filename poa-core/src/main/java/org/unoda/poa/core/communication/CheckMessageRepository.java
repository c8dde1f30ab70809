package org.unoda.poa.core.communication;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface CheckMessageRepository extends Repository<CheckMessage, Long> {

	@EntityGraph(attributePaths = { "check", "state" })
	Optional<CheckMessage> findByToken(String token);

	/**
	 * A check's messages with their States, for its results page, in one query.
	 */
	@EntityGraph(attributePaths = { "state", "check" })
	@Query("select m from CheckMessage m where m.check.id = ?1 order by m.state.nameEn, m.level, m.contactName")
	List<CheckMessage> findByCheckId(Long checkId);

	/**
	 * Up to {@code limit} messages waiting to be sent, locked for this transaction; messages
	 * another node is sending are skipped, so no message goes out twice.
	 */
	@Query(value = """
			select * from check_message where status = 'PENDING'
			order by id limit :limit for update skip locked
			""", nativeQuery = true)
	List<CheckMessage> claimPending(int limit);

	/**
	 * The silent contacts of the given check, with what a reminder needs.
	 */
	@EntityGraph(attributePaths = { "check", "state" })
	@Query("""
			select m from CheckMessage m
			where m.check.id = ?1 and m.status = org.unoda.poa.core.communication.MessageStatus.SENT
			""")
	List<CheckMessage> findSilentByCheckId(Long checkId);

	<S extends CheckMessage> List<S> saveAll(Iterable<S> messages);

}
