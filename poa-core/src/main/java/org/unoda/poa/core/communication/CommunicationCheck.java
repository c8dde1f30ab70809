package org.unoda.poa.core.communication;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.unoda.poa.core.persistence.AuditedEntity;

/**
 * One communication check: when it started, for whom, and until when contacts should answer.
 * Its messages are {@link CheckMessage}s.
 */
@Entity
@Table(name = "communication_check")
public class CommunicationCheck extends AuditedEntity {

	private String requestKey;

	private String title;

	private String scope;

	private String startedBy;

	private Instant startedAt;

	private Instant responseDeadline;

	private Instant linksExpireAt;

	protected CommunicationCheck() {
	}

	CommunicationCheck(String requestKey, String title, String scope, String startedBy, Instant startedAt,
			Instant responseDeadline, Instant linksExpireAt) {
		this.requestKey = requestKey;
		this.title = title;
		this.scope = scope;
		this.startedBy = startedBy;
		this.startedAt = startedAt;
		this.responseDeadline = responseDeadline;
		this.linksExpireAt = linksExpireAt;
	}

	/**
	 * Whether acknowledgement links still work and reminders still go out.
	 */
	public boolean isOpenAt(Instant now) {
		return now.isBefore(this.linksExpireAt);
	}

	/**
	 * The key of the form that started the check.
	 */
	public String getRequestKey() {
		return this.requestKey;
	}

	public String getTitle() {
		return this.title;
	}

	/**
	 * Whom the check targeted, in words (e.g. "Technical contacts, African Group").
	 */
	public String getScope() {
		return this.scope;
	}

	public String getStartedBy() {
		return this.startedBy;
	}

	public Instant getStartedAt() {
		return this.startedAt;
	}

	public Instant getResponseDeadline() {
		return this.responseDeadline;
	}

	public Instant getLinksExpireAt() {
		return this.linksExpireAt;
	}

}
