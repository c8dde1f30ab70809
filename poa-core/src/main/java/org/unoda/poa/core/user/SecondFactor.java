package org.unoda.poa.core.user;

import java.time.Instant;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An account's authenticator app: the shared secret the app derives its codes from, stored
 * encrypted ({@link SecretSealing}).
 */
@Entity
@Table(name = "second_factor")
class SecondFactor {

	@Id
	private Long userAccountId;

	@Convert(converter = SealedSecretConverter.class)
	private String secret;

	private Instant enabledAt;

	private long lastUsedStep;

	protected SecondFactor() {
	}

	SecondFactor(Long userAccountId, String secret, Instant enabledAt) {
		this.userAccountId = userAccountId;
		this.secret = secret;
		this.enabledAt = enabledAt;
	}

	String getSecret() {
		return this.secret;
	}

	long getLastUsedStep() {
		return this.lastUsedStep;
	}

	Instant getEnabledAt() {
		return this.enabledAt;
	}

}
