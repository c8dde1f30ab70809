package org.unoda.poa.core.communication;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

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

import org.unoda.poa.core.contact.ContactLevel;
import org.unoda.poa.core.contact.PointOfContact;
import org.unoda.poa.core.state.State;

/**
 * The message of a communication check to one Point of Contact. The contact's name, address
 * and level are kept as they were when the check started, so results stay true when the
 * directory changes later.
 */
@Entity
@Table(name = "check_message")
public class CheckMessage {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "check_id")
	private CommunicationCheck check;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "contact_id")
	private PointOfContact contact;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "state_id")
	private State state;

	@Enumerated(EnumType.STRING)
	private ContactLevel level;

	private String contactName;

	private String email;

	private String language;

	private String token;

	@Enumerated(EnumType.STRING)
	private MessageStatus status = MessageStatus.PENDING;

	private Instant sentAt;

	private Instant acknowledgedAt;

	private String failure;

	private int reminders;

	private Instant lastRemindedAt;

	protected CheckMessage() {
	}

	CheckMessage(CommunicationCheck check, PointOfContact contact, String language, String token) {
		this.check = check;
		this.contact = contact;
		this.state = contact.getState();
		this.level = contact.getLevel();
		this.contactName = contact.getFullName();
		this.email = contact.getEmail();
		this.language = language;
		this.token = token;
	}

	void sentAt(Instant when) {
		this.status = MessageStatus.SENT;
		this.sentAt = when;
		this.failure = null;
	}

	void failed(String reason) {
		this.status = MessageStatus.FAILED;
		this.failure = (reason != null && reason.length() > 300) ? reason.substring(0, 300) : reason;
	}

	void remindedAt(Instant when) {
		this.reminders++;
		this.lastRemindedAt = when;
	}

	/**
	 * Sent, unanswered, and past the check's response deadline.
	 */
	public boolean isOverdueAt(Instant now) {
		return this.status == MessageStatus.SENT && now.isAfter(this.check.getResponseDeadline());
	}

	/**
	 * How long the contact took to acknowledge, if they did.
	 */
	public Optional<Duration> getResponseTime() {
		return (this.acknowledgedAt != null && this.sentAt != null)
				? Optional.of(Duration.between(this.sentAt, this.acknowledgedAt)) : Optional.empty();
	}

	public Long getId() {
		return this.id;
	}

	public CommunicationCheck getCheck() {
		return this.check;
	}

	public State getState() {
		return this.state;
	}

	public ContactLevel getLevel() {
		return this.level;
	}

	public String getContactName() {
		return this.contactName;
	}

	public String getEmail() {
		return this.email;
	}

	/**
	 * The language the message is written in, an ISO 639-1 code.
	 */
	public String getLanguage() {
		return this.language;
	}

	/**
	 * The secret in this contact's acknowledgement link.
	 */
	public String getToken() {
		return this.token;
	}

	public MessageStatus getStatus() {
		return this.status;
	}

	public Optional<Instant> getSentAt() {
		return Optional.ofNullable(this.sentAt);
	}

	public Optional<Instant> getAcknowledgedAt() {
		return Optional.ofNullable(this.acknowledgedAt);
	}

	public Optional<String> getFailure() {
		return Optional.ofNullable(this.failure);
	}

	public int getReminders() {
		return this.reminders;
	}

}
