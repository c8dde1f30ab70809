package org.unoda.poa.reporting.filing;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A file attached to a report in answer to an attachment question.
 */
@Entity
@Table(name = "report_attachment")
class ReportAttachment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long reportId;

	private Long questionId;

	private Long fileId;

	private Instant createdAt;

	private String createdBy;

	protected ReportAttachment() {
	}

	ReportAttachment(Long reportId, Long questionId, Long fileId, Instant createdAt, String createdBy) {
		this.reportId = reportId;
		this.questionId = questionId;
		this.fileId = fileId;
		this.createdAt = createdAt;
		this.createdBy = createdBy;
	}

	Long getId() {
		return this.id;
	}

	Long getReportId() {
		return this.reportId;
	}

	Long getQuestionId() {
		return this.questionId;
	}

	Long getFileId() {
		return this.fileId;
	}

}
