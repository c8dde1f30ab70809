package org.unoda.poa.reporting.filing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The answer of one report to one question.
 */
@Entity
@Table(name = "report_answer")
class ReportAnswer {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long reportId;

	private Long questionId;

	private String textValue;

	private String[] choices = new String[0];

	private BigDecimal numberValue;

	private LocalDate dateValue;

	protected ReportAnswer() {
	}

	ReportAnswer(Long reportId, Long questionId, AnswerValue value) {
		this.reportId = reportId;
		this.questionId = questionId;
		change(value);
	}

	void change(AnswerValue value) {
		this.textValue = value.text();
		this.choices = value.choices().toArray(String[]::new);
		this.numberValue = value.number();
		this.dateValue = value.date();
	}

	AnswerValue value() {
		return new AnswerValue(this.textValue, List.of(this.choices), this.numberValue, this.dateValue);
	}

	Long getReportId() {
		return this.reportId;
	}

	Long getQuestionId() {
		return this.questionId;
	}

}
