package org.unoda.poa.core.report;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Stores national reports. The listing queries apply the same rule as
 * {@link NationalReport#isReadableBy}, so a list never shows what a page would refuse.
 */
public interface NationalReportRepository extends Repository<NationalReport, Long> {

	/** Which reports a viewer may read: see {@link #findReadable(Long, Long, boolean, boolean, Limit)}. */
	String READABLE = """
			r.superseded = false
			  and (:ofStateId is null or r.state.id = :ofStateId)
			  and ((:stateId is not null and r.state.id = :stateId)
			   or (r.status = org.unoda.poa.core.report.ReportStatus.SUBMITTED and (
			          r.visibility = org.unoda.poa.core.report.ReportVisibility.PUBLIC
			       or (r.visibility = org.unoda.poa.core.report.ReportVisibility.STATES and (:stateUser = true or :secretariat = true))
			       or (r.visibility = org.unoda.poa.core.report.ReportVisibility.SECRETARIAT and :secretariat = true))))
			""";

	@EntityGraph(attributePaths = "state")
	Optional<NationalReport> findById(Long id);

	/**
	 * The reports a viewer may read, newest first.
	 * @param ofStateId only the reports of this State, or {@code null} for every State's
	 * @param stateId the viewer's State, or {@code null}
	 * @param stateUser whether the viewer is a signed-in user of a State
	 * @param secretariat whether the viewer is the secretariat or an administrator
	 */
	@EntityGraph(attributePaths = "state")
	@Query("select r from NationalReport r where " + READABLE + " order by r.updatedAt desc")
	List<NationalReport> findReadable(Long ofStateId, Long stateId, boolean stateUser, boolean secretariat,
			Limit limit);

	/**
	 * A page of the reports a viewer may read, as {@link #findReadable}, with how many there are.
	 */
	@EntityGraph(attributePaths = "state")
	@Query(value = "select r from NationalReport r where " + READABLE + " order by r.updatedAt desc",
			countQuery = "select count(r) from NationalReport r where " + READABLE)
	Page<NationalReport> findReadable(Long ofStateId, Long stateId, boolean stateUser, boolean secretariat,
			Pageable page);

	NationalReport save(NationalReport report);

	NationalReport saveAndFlush(NationalReport report);

	/**
	 * Every version of a State's report for a cycle, newest first.
	 */
	@EntityGraph(attributePaths = "state")
	List<NationalReport> findByStateIdAndCycleIdOrderByRevisionDesc(Long stateId, Long cycleId);

	/**
	 * Loads a report to change it, locking its row until the transaction ends: changes to the
	 * same report queue up, and each sees the status the one before left.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select r from NationalReport r join fetch r.state where r.id = :id")
	Optional<NationalReport> findForChange(Long id);

}
