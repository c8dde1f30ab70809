package org.unoda.poa.core.contact;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.unoda.poa.core.persistence.AuditedEntity;
import org.unoda.poa.core.state.State;

/**
 * A person a State nominates so that other States can reach it, e.g. in an ICT incident. The
 * contact details are confidential to States' users and the secretariat.
 */
@Entity
@Table(name = "point_of_contact")
public class PointOfContact extends AuditedEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "state_id")
	private State state;

	@Enumerated(EnumType.STRING)
	private ContactLevel level;

	private String fullName;

	private String title;

	private String agency;

	private String email;

	private String phone;

	@Enumerated(EnumType.STRING)
	private ContactStatus status = ContactStatus.NOMINATED;

	private Instant lastConfirmedAt;

	protected PointOfContact() {
	}

	public PointOfContact(State state, ContactLevel level, String fullName, String title, String agency,
			String email, String phone) {
		this.state = state;
		this.level = level;
		this.fullName = fullName;
		this.title = title;
		this.agency = agency;
		this.email = email;
		this.phone = phone;
	}

	public State getState() {
		return this.state;
	}

	public ContactLevel getLevel() {
		return this.level;
	}

	public String getFullName() {
		return this.fullName;
	}

	public String getTitle() {
		return this.title;
	}

	public String getAgency() {
		return this.agency;
	}

	public String getEmail() {
		return this.email;
	}

	public String getPhone() {
		return this.phone;
	}

	public ContactStatus getStatus() {
		return this.status;
	}

	public Optional<Instant> getLastConfirmedAt() {
		return Optional.ofNullable(this.lastConfirmedAt);
	}

}
