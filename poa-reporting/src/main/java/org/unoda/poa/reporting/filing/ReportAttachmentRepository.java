package org.unoda.poa.reporting.filing;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface ReportAttachmentRepository extends Repository<ReportAttachment, Long> {

	@Query("""
			select new org.unoda.poa.reporting.filing.AttachmentSummary(a.id, a.questionId, f.filename,
			       f.contentType, f.size, a.createdAt)
			from ReportAttachment a, org.unoda.poa.core.file.StoredFile f
			where f.id = a.fileId and a.reportId = :reportId
			order by a.createdAt
			""")
	List<AttachmentSummary> summariesOf(Long reportId);

	List<ReportAttachment> findByReportId(Long reportId);

	Optional<ReportAttachment> findById(Long id);

	ReportAttachment save(ReportAttachment attachment);

	void delete(ReportAttachment attachment);

}
