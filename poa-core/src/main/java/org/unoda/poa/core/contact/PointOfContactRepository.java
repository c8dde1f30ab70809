package org.unoda.poa.core.contact;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.unoda.poa.core.state.RegionalGroup;

/**
 * Stores Points of Contact.
 */
public interface PointOfContactRepository extends Repository<PointOfContact, Long>,
		JpaSpecificationExecutor<PointOfContact> {

	@EntityGraph(attributePaths = "state")
	Optional<PointOfContact> findById(Long id);

	/**
	 * One contact with its State and its whole history, for the contact's page.
	 */
	@EntityGraph(attributePaths = { "state", "events" })
	@Query("select c from PointOfContact c where c.id = ?1")
	Optional<PointOfContact> findWithHistoryById(Long id);

	@Query("""
			select c from PointOfContact c
			where c.state.id = ?1 and c.status <> org.unoda.poa.core.contact.ContactStatus.INACTIVE
			order by c.level, c.fullName
			""")
	List<PointOfContact> findActiveByStateId(Long stateId);

	/**
	 * Active contacts not confirmed since {@code staleBefore} whose State was not reminded of
	 * them since {@code remindedBefore}, with their States.
	 */
	@EntityGraph(attributePaths = "state")
	@Query("""
			select c from PointOfContact c
			where c.status <> org.unoda.poa.core.contact.ContactStatus.INACTIVE
			  and (c.lastConfirmedAt is null or c.lastConfirmedAt < ?1)
			  and (c.staleRemindedAt is null or c.staleRemindedAt < ?2)
			order by c.state.id, c.fullName
			""")
	List<PointOfContact> findStaleNotRemindedSince(Instant staleBefore, Instant remindedBefore);

	/**
	 * Which States have nominated active contacts, per level, without any contact detail.
	 */
	@Query("""
			select new org.unoda.poa.core.contact.NominationCount(c.state.id, c.level, count(c))
			from PointOfContact c
			where c.status <> org.unoda.poa.core.contact.ContactStatus.INACTIVE
			group by c.state.id, c.level
			""")
	List<NominationCount> countNominations();

	/**
	 * The active contacts a communication check targets, with their States.
	 * @param group only this regional group, or {@code null}
	 * @param level only this level, or {@code null}
	 * @param anyState whether to ignore {@code stateCodes}
	 * @param stateCodes only these States' alpha-3 codes
	 */
	@EntityGraph(attributePaths = "state")
	@Query("""
			select c from PointOfContact c
			where c.status <> org.unoda.poa.core.contact.ContactStatus.INACTIVE
			  and (:group is null or c.state.regionalGroup = :group)
			  and (:level is null or c.level = :level)
			  and (:anyState = true or c.state.alpha3 in :stateCodes)
			order by c.state.nameEn, c.level, c.fullName
			""")
	List<PointOfContact> findCheckTargets(RegionalGroup group, ContactLevel level, boolean anyState,
			Collection<String> stateCodes);

	/**
	 * Records that the contacts' States were reminded, without touching the contacts' versions:
	 * a reminder is not an edit, and must not make an open edit form conflict.
	 */
	@Modifying
	@Query("update PointOfContact c set c.staleRemindedAt = ?2 where c in ?1")
	void markRemindedOfStaleness(Collection<PointOfContact> contacts, Instant when);

	PointOfContact save(PointOfContact contact);

	<S extends PointOfContact> List<S> saveAll(Iterable<S> contacts);

}
