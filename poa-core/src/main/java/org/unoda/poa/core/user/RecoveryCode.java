package org.unoda.poa.core.user;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A code that stands in for the authenticator app once, when the phone is lost.
 */
@Entity
@Table(name = "recovery_code")
class RecoveryCode {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long userAccountId;

	private String codeHash;

	private Instant usedAt;

	protected RecoveryCode() {
	}

	RecoveryCode(Long userAccountId, String codeHash) {
		this.userAccountId = userAccountId;
		this.codeHash = codeHash;
	}

	Long getId() {
		return this.id;
	}

	String getCodeHash() {
		return this.codeHash;
	}

}
