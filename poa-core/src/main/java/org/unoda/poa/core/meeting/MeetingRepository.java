package org.unoda.poa.core.meeting;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Stores meetings.
 */
public interface MeetingRepository extends Repository<Meeting, Long> {

	/**
	 * The meetings the public may see, earliest first.
	 */
	@Query("""
			select m from Meeting m
			where m.status <> org.unoda.poa.core.meeting.MeetingStatus.PLANNED
			order by m.startDate
			""")
	List<Meeting> findPublicOrderByStartDate();

	/**
	 * The public meetings not yet over on the given day, earliest first.
	 */
	@Query("""
			select m from Meeting m
			where m.status <> org.unoda.poa.core.meeting.MeetingStatus.PLANNED and m.endDate >= ?1
			order by m.startDate
			""")
	List<Meeting> findPublicEndingOnOrAfter(LocalDate day, Limit limit);

	@Query("select m from Meeting m order by m.startDate")
	List<Meeting> findAllOrderByStartDate();

	Meeting save(Meeting meeting);

	Optional<Meeting> findById(Long id);

	/**
	 * A meeting, locked until the end of the transaction, so that changes that depend on it
	 * (starting a delegation's registration) queue up.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select m from Meeting m where m.id = ?1")
	Optional<Meeting> findForChange(Long id);

}
