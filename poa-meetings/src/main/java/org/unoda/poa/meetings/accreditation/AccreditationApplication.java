package org.unoda.poa.meetings.accreditation;

import java.time.Instant;

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
 * An organisation's application for accreditation, through its states.
 */
@Entity
@Table(name = "accreditation_application")
public class AccreditationApplication extends AuditedEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "organisation_id")
	private Organisation organisation;

	private String purpose;

	private String activities;

	private String relevance;

	@Enumerated(EnumType.STRING)
	private AccreditationStatus status = AccreditationStatus.SUBMITTED;

	private Instant deadline;

	protected AccreditationApplication() {
	}

	AccreditationApplication(Organisation organisation, String purpose, String activities, String relevance) {
		this.organisation = organisation;
		this.purpose = purpose;
		this.activities = activities;
		this.relevance = relevance;
	}

	/**
	 * Sends the application to the States, who may object until the deadline.
	 */
	void circulate(Instant deadline) {
		requireStatus(AccreditationStatus.SUBMITTED);
		this.status = AccreditationStatus.CIRCULATED;
		this.deadline = deadline;
	}

	/**
	 * Accredits an organisation with ECOSOC status on the secretariat's confirmation.
	 */
	void confirm() {
		requireStatus(AccreditationStatus.SUBMITTED);
		this.status = AccreditationStatus.ACCREDITED;
	}

	/**
	 * Whether a State may still object at the given instant.
	 */
	public boolean isOpenForObjection(Instant now) {
		return this.status == AccreditationStatus.CIRCULATED && now.isBefore(this.deadline);
	}

	/**
	 * Closes the objection period: accredited without objection, otherwise not.
	 */
	void close(boolean objected, Instant now) {
		requireStatus(AccreditationStatus.CIRCULATED);
		if (now.isBefore(this.deadline)) {
			throw new IllegalStateException("the objection period is still open");
		}
		this.status = objected ? AccreditationStatus.OBJECTED : AccreditationStatus.ACCREDITED;
	}

	private void requireStatus(AccreditationStatus expected) {
		if (this.status != expected) {
			throw new FieldRejectedException("status", "accreditation.wrongStatus");
		}
	}

	public Organisation getOrganisation() {
		return this.organisation;
	}

	public String getPurpose() {
		return this.purpose;
	}

	public String getActivities() {
		return this.activities;
	}

	public String getRelevance() {
		return this.relevance;
	}

	public AccreditationStatus getStatus() {
		return this.status;
	}

	public Instant getDeadline() {
		return this.deadline;
	}

}
