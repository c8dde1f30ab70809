package org.unoda.poa.reporting.filing;

import java.util.List;

import org.springframework.data.repository.Repository;

interface ReportEventRepository extends Repository<ReportEvent, Long> {

	List<ReportEvent> findByReportIdOrderByAtDesc(Long reportId);

	ReportEvent save(ReportEvent event);

}
