package org.unoda.poa.core.contact;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/**
 * One entry in a contact's history: who did what and when, and which fields changed. Entries
 * are written once and never changed.
 */
@Entity
@Immutable
@Table(name = "contact_event")
public class ContactEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "contact_id")
	private PointOfContact contact;

	@Enumerated(EnumType.STRING)
	private ContactAction action;

	private String actor;

	private Instant occurredAt;

	private String changes;

	protected ContactEvent() {
	}

	ContactEvent(PointOfContact contact, ContactAction action, String actor, Instant occurredAt, String changes) {
		this.contact = contact;
		this.action = action;
		this.actor = actor;
		this.occurredAt = occurredAt;
		this.changes = changes;
	}

	public ContactAction getAction() {
		return this.action;
	}

	public String getActor() {
		return this.actor;
	}

	public Instant getOccurredAt() {
		return this.occurredAt;
	}

	/**
	 * The changed fields, one "field: old → new" line each; empty when nothing was edited.
	 */
	public List<String> getChanges() {
		return (this.changes == null || this.changes.isEmpty()) ? List.of()
				: Arrays.asList(this.changes.split("\n"));
	}

}
