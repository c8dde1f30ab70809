package org.unoda.poa.core.communication;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Stores the messages of communication checks. Sending, reminding and acknowledging can meet
 * on the same row at the same moment, on one node or several: senders claim rows with
 * {@code for update skip locked}, and an acknowledgement is a single conditional update that
 * waits for a sender's lock instead of overwriting its work.
 */
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
	 * The next message waiting to be sent, locked for this transaction; one another node is
	 * sending is skipped.
	 */
	@Query(value = """
			select * from check_message where status = 'PENDING'
			order by id limit 1 for update skip locked
			""", nativeQuery = true)
	Optional<CheckMessage> claimPending();

	/**
	 * The next silent contact due for a reminder, locked for this transaction.
	 * @param now the moment
	 * @param lastBefore remind only if the last message went out before this
	 * @param maximum how many reminders a message gets at most
	 * @param checkId only this check, or {@code null} for any open check
	 */
	@Query(value = """
			select m.* from check_message m join communication_check c on c.id = m.check_id
			where m.status = 'SENT' and m.reminders < :maximum and c.links_expire_at > :now
			  and coalesce(m.last_reminded_at, m.sent_at) < :lastBefore
			  and (cast(:checkId as bigint) is null or m.check_id = :checkId)
			order by m.id limit 1 for update of m skip locked
			""", nativeQuery = true)
	Optional<CheckMessage> claimDueReminder(Instant now, Instant lastBefore, int maximum, Long checkId);

	/**
	 * Records an acknowledgement unless there was one already.
	 * @return 1 if this was the first acknowledgement, else 0
	 */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("""
			update CheckMessage m set m.status = org.unoda.poa.core.communication.MessageStatus.ACKNOWLEDGED,
			    m.acknowledgedAt = ?2
			where m.token = ?1 and m.status <> org.unoda.poa.core.communication.MessageStatus.ACKNOWLEDGED
			""")
	int acknowledge(String token, Instant when);

	<S extends CheckMessage> List<S> saveAll(Iterable<S> messages);

}
