package org.unoda.poa.reporting.filing;

import java.util.List;

import org.springframework.data.repository.Repository;

interface ReportAnswerRepository extends Repository<ReportAnswer, Long> {

	List<ReportAnswer> findByReportId(Long reportId);

	ReportAnswer save(ReportAnswer answer);

	void delete(ReportAnswer answer);

}
