package org.unoda.poa.meetings.accreditation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface AccreditationRepository extends Repository<AccreditationApplication, Long> {

	@Query("select a from AccreditationApplication a join fetch a.organisation o left join fetch o.country order by a.createdAt desc")
	List<AccreditationApplication> findAllNewestFirst();

	@Query("""
			select a from AccreditationApplication a join fetch a.organisation o left join fetch o.country
			where a.status = org.unoda.poa.meetings.accreditation.AccreditationStatus.CIRCULATED
			order by a.deadline
			""")
	List<AccreditationApplication> findCirculated();

	@Query("select a from AccreditationApplication a join fetch a.organisation o left join fetch o.country where o.id = ?1 order by a.createdAt desc")
	List<AccreditationApplication> findByOrganisation(Long organisationId);

	@Query("""
			select a from AccreditationApplication a join fetch a.organisation o left join fetch o.country
			where a.status = org.unoda.poa.meetings.accreditation.AccreditationStatus.ACCREDITED
			order by o.name
			""")
	List<AccreditationApplication> findAccredited();

	long countByStatus(AccreditationStatus status);

	@Query("select a from AccreditationApplication a join fetch a.organisation o left join fetch o.country where a.id = ?1")
	Optional<AccreditationApplication> findById(Long id);

	/**
	 * The application, locked until the end of the transaction.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select a from AccreditationApplication a where a.id = ?1")
	Optional<AccreditationApplication> findForChange(Long id);

	@Query("""
			select a.id from AccreditationApplication a
			where a.status = org.unoda.poa.meetings.accreditation.AccreditationStatus.CIRCULATED and a.deadline <= ?1
			""")
	List<Long> findDue(Instant now);

	boolean existsByOrganisationIdAndStatusIn(Long organisationId, List<AccreditationStatus> statuses);

	AccreditationApplication saveAndFlush(AccreditationApplication application);

	@Query("select o from Objection o join fetch o.state where o.applicationId = ?1 order by o.objectedAt")
	List<Objection> findObjections(Long applicationId);

	@Query("select count(o) > 0 from Objection o where o.applicationId = ?1")
	boolean hasObjections(Long applicationId);

	@Query("select o.applicationId from Objection o where o.state.id = ?1")
	List<Long> findObjectedBy(Long stateId);

	@Query("select e from AccreditationEvent e where e.applicationId = ?1 order by e.occurredAt, e.id")
	List<AccreditationEvent> findEvents(Long applicationId);

}
