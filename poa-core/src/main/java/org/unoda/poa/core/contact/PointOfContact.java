package org.unoda.poa.core.contact;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.unoda.poa.core.persistence.AuditedEntity;
import org.unoda.poa.core.state.State;

/**
 * A person a State nominates so that other States can reach it, e.g. in an ICT incident. The
 * contact details are confidential to States' users and the secretariat. Every change is kept
 * in the contact's history.
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

	@JdbcTypeCode(SqlTypes.ARRAY)
	private String[] emails;

	@JdbcTypeCode(SqlTypes.ARRAY)
	private String[] phones;

	@JdbcTypeCode(SqlTypes.ARRAY)
	private String[] workingLanguages;

	private String timeZone;

	@Enumerated(EnumType.STRING)
	private Availability availability;

	private String officeHours;

	private String secureChannels;

	@Enumerated(EnumType.STRING)
	private ContactStatus status = ContactStatus.NOMINATED;

	private Instant lastConfirmedAt;

	private Instant staleRemindedAt;

	@OneToMany(mappedBy = "contact", cascade = CascadeType.PERSIST)
	@OrderBy("occurredAt, id")
	private List<ContactEvent> events = new ArrayList<>();

	protected PointOfContact() {
	}

	private PointOfContact(State state, ContactDetails details) {
		this.state = state;
		apply(details);
	}

	/**
	 * A contact nominated by its State; the secretariat verifies it next.
	 */
	public static PointOfContact nominate(State state, ContactDetails details, String actor, Instant now) {
		PointOfContact contact = new PointOfContact(state, details);
		contact.lastConfirmedAt = now;
		contact.record(ContactAction.NOMINATED, actor, now, Map.of());
		return contact;
	}

	/**
	 * A contact brought in from an existing list by an administrator.
	 */
	public static PointOfContact imported(State state, ContactDetails details, boolean verified, String actor,
			Instant now) {
		PointOfContact contact = new PointOfContact(state, details);
		contact.status = verified ? ContactStatus.VERIFIED : ContactStatus.NOMINATED;
		contact.lastConfirmedAt = now;
		contact.record(ContactAction.IMPORTED, actor, now, Map.of());
		return contact;
	}

	/**
	 * Changes the details. A new name, address or number must be verified again; any change
	 * also confirms the contact as current.
	 */
	public void update(ContactDetails details, String actor, Instant now) {
		requireActive();
		ContactDetails before = details();
		Map<String, String> changes = details.changesSince(before);
		if (changes.isEmpty()) {
			return;
		}
		apply(details);
		if (changes.containsKey("fullName") || changes.containsKey("emails") || changes.containsKey("phones")) {
			this.status = ContactStatus.NOMINATED;
		}
		this.lastConfirmedAt = now;
		this.staleRemindedAt = null;
		record(ContactAction.UPDATED, actor, now, changes);
	}

	/**
	 * The secretariat's confirmation that the nomination is genuine and the contact reachable.
	 */
	public void verify(String actor, Instant now) {
		if (this.status != ContactStatus.NOMINATED) {
			throw new ContactChangeRefusedException("contact.refused.notNominated");
		}
		this.status = ContactStatus.VERIFIED;
		record(ContactAction.VERIFIED, actor, now, Map.of());
	}

	/**
	 * The State withdraws the contact; it stays in the history but leaves the directory.
	 */
	public void withdraw(String actor, Instant now) {
		requireActive();
		this.status = ContactStatus.INACTIVE;
		record(ContactAction.WITHDRAWN, actor, now, Map.of());
	}

	/**
	 * The State confirms that the details are still current.
	 */
	public void confirm(String actor, Instant now) {
		requireActive();
		this.lastConfirmedAt = now;
		this.staleRemindedAt = null;
		record(ContactAction.CONFIRMED, actor, now, Map.of());
	}

	/**
	 * Whether the contact has not been confirmed within the given period.
	 */
	public boolean isStaleAt(Instant now, Duration period) {
		return isActive() && (this.lastConfirmedAt == null || this.lastConfirmedAt.plus(period).isBefore(now));
	}

	public boolean isActive() {
		return this.status != ContactStatus.INACTIVE;
	}

	public ContactDetails details() {
		return new ContactDetails(this.level, this.fullName, this.title, this.agency, List.of(this.emails),
				List.of(this.phones), List.of(this.workingLanguages), this.timeZone, this.availability,
				this.officeHours, this.secureChannels);
	}

	private void apply(ContactDetails details) {
		this.level = details.level();
		this.fullName = details.fullName();
		this.title = details.title();
		this.agency = details.agency();
		this.emails = details.emails().toArray(String[]::new);
		this.phones = details.phones().toArray(String[]::new);
		this.workingLanguages = details.workingLanguages().toArray(String[]::new);
		this.timeZone = details.timeZone();
		this.availability = details.availability();
		this.officeHours = details.officeHours();
		this.secureChannels = details.secureChannels();
	}

	private void requireActive() {
		if (!isActive()) {
			throw new ContactChangeRefusedException("contact.refused.inactive");
		}
	}

	private void record(ContactAction action, String actor, Instant now, Map<String, String> changes) {
		String lines = changes.entrySet()
			.stream()
			.map(change -> change.getKey() + ": " + change.getValue())
			.collect(Collectors.joining("\n"));
		this.events.add(new ContactEvent(this, action, actor, now, lines));
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

	/**
	 * The address messages go to.
	 */
	public String getEmail() {
		return this.emails[0];
	}

	public List<String> getEmails() {
		return List.of(this.emails);
	}

	public List<String> getPhones() {
		return List.of(this.phones);
	}

	public List<String> getWorkingLanguages() {
		return List.of(this.workingLanguages);
	}

	public String getTimeZone() {
		return this.timeZone;
	}

	public Availability getAvailability() {
		return this.availability;
	}

	public String getOfficeHours() {
		return this.officeHours;
	}

	public String getSecureChannels() {
		return this.secureChannels;
	}

	public ContactStatus getStatus() {
		return this.status;
	}

	public Optional<Instant> getLastConfirmedAt() {
		return Optional.ofNullable(this.lastConfirmedAt);
	}

	public Optional<Instant> getStaleRemindedAt() {
		return Optional.ofNullable(this.staleRemindedAt);
	}

	/**
	 * The history, oldest first.
	 */
	public List<ContactEvent> getEvents() {
		return Collections.unmodifiableList(this.events);
	}

}
