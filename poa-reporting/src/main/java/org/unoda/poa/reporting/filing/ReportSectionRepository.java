package org.unoda.poa.reporting.filing;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface ReportSectionRepository extends Repository<ReportSection, SectionKey> {

	@Query("select s from ReportSection s where s.key.reportId = :reportId")
	List<ReportSection> findByReportId(Long reportId);

	/**
	 * Locks the section's row for the save, so two saves of the same section queue up and the
	 * second sees the first's edit count.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select s from ReportSection s where s.key = :key")
	Optional<ReportSection> findForSave(SectionKey key);

	ReportSection save(ReportSection section);

}
