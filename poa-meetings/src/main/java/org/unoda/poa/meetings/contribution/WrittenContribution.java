package org.unoda.poa.meetings.contribution;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.unoda.poa.core.FieldRejectedException;
import org.unoda.poa.core.organisation.Organisation;
import org.unoda.poa.core.persistence.AuditedEntity;

/**
 * An accredited organisation's written contribution to a meeting, or to one of its agenda
 * items.
 */
@Entity
@Table(name = "written_contribution")
public class WrittenContribution extends AuditedEntity {

	private Long meetingId;

	private Long agendaItemId;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "organisation_id")
	private Organisation organisation;

	private String title;

	private String body;

	private Long fileId;

	@Enumerated(EnumType.STRING)
	private ContributionStatus status = ContributionStatus.SUBMITTED;

	private String declineReason;

	private Instant decidedAt;

	private String decidedBy;

	protected WrittenContribution() {
	}

	WrittenContribution(Long meetingId, Long agendaItemId, Organisation organisation, String title, String body,
			Long fileId) {
		this.meetingId = meetingId;
		this.agendaItemId = agendaItemId;
		this.organisation = organisation;
		this.title = title;
		this.body = body;
		this.fileId = fileId;
	}

	void publish(String by, Instant at) {
		requireSubmitted();
		this.status = ContributionStatus.PUBLISHED;
		this.decidedBy = by;
		this.decidedAt = at;
	}

	void decline(String reason, String by, Instant at) {
		requireSubmitted();
		if (reason == null || reason.isBlank()) {
			throw new FieldRejectedException("reason", "contribution.reasonRequired");
		}
		this.status = ContributionStatus.DECLINED;
		this.declineReason = reason.strip();
		this.decidedBy = by;
		this.decidedAt = at;
	}

	void withdraw() {
		requireSubmitted();
		this.status = ContributionStatus.WITHDRAWN;
	}

	private void requireSubmitted() {
		if (this.status != ContributionStatus.SUBMITTED) {
			throw new FieldRejectedException("status", "contribution.alreadyDecided");
		}
	}

	public boolean isPublished() {
		return this.status == ContributionStatus.PUBLISHED;
	}

	public Long getMeetingId() {
		return this.meetingId;
	}

	public Optional<Long> getAgendaItemId() {
		return Optional.ofNullable(this.agendaItemId);
	}

	public Organisation getOrganisation() {
		return this.organisation;
	}

	public String getTitle() {
		return this.title;
	}

	public String getBody() {
		return this.body;
	}

	public Optional<Long> getFileId() {
		return Optional.ofNullable(this.fileId);
	}

	public ContributionStatus getStatus() {
		return this.status;
	}

	public Optional<String> getDeclineReason() {
		return Optional.ofNullable(this.declineReason);
	}

	public Optional<Instant> getDecidedAt() {
		return Optional.ofNullable(this.decidedAt);
	}

}
