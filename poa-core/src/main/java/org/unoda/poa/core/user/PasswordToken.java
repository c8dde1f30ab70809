package org.unoda.poa.core.user;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A one-time link that lets a user set their password. Only a hash of the token is stored, so
 * a copy of the database cannot be used to take over accounts.
 */
@Entity
@Table(name = "password_token")
class PasswordToken {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "user_account_id")
	private UserAccount account;

	private String tokenHash;

	private Instant expiresAt;

	private Instant usedAt;

	private Instant createdAt;

	private String createdBy;

	protected PasswordToken() {
	}

	PasswordToken(UserAccount account, String tokenHash, Instant createdAt, Instant expiresAt, String createdBy) {
		this.account = account;
		this.tokenHash = tokenHash;
		this.createdAt = createdAt;
		this.expiresAt = expiresAt;
		this.createdBy = createdBy;
	}

	boolean isUsableAt(Instant now) {
		return this.usedAt == null && now.isBefore(this.expiresAt);
	}

	void useAt(Instant now) {
		this.usedAt = now;
	}

	UserAccount getAccount() {
		return this.account;
	}

}
