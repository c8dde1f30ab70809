package org.unoda.poa.meetings.accreditation;

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
 * A step of an application, recorded for good (the database refuses to change or remove it).
 */
@Entity
@Immutable
@Table(name = "accreditation_event")
public class AccreditationEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long applicationId;

	@Enumerated(EnumType.STRING)
	private AccreditationStep kind;

	private Instant occurredAt;

	private String actor;

	protected AccreditationEvent() {
	}

	AccreditationEvent(Long applicationId, AccreditationStep kind, Instant occurredAt, String actor) {
		this.applicationId = applicationId;
		this.kind = kind;
		this.occurredAt = occurredAt;
		this.actor = actor;
	}

	public Long getApplicationId() {
		return this.applicationId;
	}

	public AccreditationStep getKind() {
		return this.kind;
	}

	public Instant getOccurredAt() {
		return this.occurredAt;
	}

	public String getActor() {
		return this.actor;
	}

}
