package org.unoda.poa.reporting.filing;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/**
 * One step in a report's history, with the comment that went with it (an approver's reasons
 * for returning a draft, say). Never changed once written.
 */
@Entity
@Immutable
@Table(name = "report_event")
public class ReportEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long reportId;

	@Enumerated(EnumType.STRING)
	private ReportEventKind kind;

	private String comment;

	private Instant at;

	private String actor;

	protected ReportEvent() {
	}

	ReportEvent(Long reportId, ReportEventKind kind, String comment, Instant at, String actor) {
		this.reportId = reportId;
		this.kind = kind;
		this.comment = (comment != null) ? comment.strip() : "";
		this.at = at;
		this.actor = actor;
	}

	public ReportEventKind getKind() {
		return this.kind;
	}

	public String getComment() {
		return this.comment;
	}

	public Instant getAt() {
		return this.at;
	}

	public String getActor() {
		return this.actor;
	}

}
