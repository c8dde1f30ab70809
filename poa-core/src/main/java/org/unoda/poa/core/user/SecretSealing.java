package org.unoda.poa.core.user;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.encrypt.Encryptors;
import org.springframework.security.crypto.encrypt.TextEncryptor;
import org.springframework.stereotype.Component;

/**
 * Encrypts the authenticator keys before they reach the database, so that a copy of the
 * database alone does not let anyone compute sign-in codes. The key comes from the
 * environment ({@code POA_SECRET_KEY}), never from the database: AES-256-GCM, the key derived
 * with PBKDF2 (Spring Security's {@code Encryptors.delux}), a random nonce per value. Sealed
 * values start with {@value #PREFIX}; a value without it is read as it is (stored before
 * sealing, or by the demo data) and sealed at the next start.
 */
@Component
public class SecretSealing {

	static final String PREFIX = "v1:";

	/** PBKDF2 salt, fixed: the key itself is the installation's secret. */
	private static final String SALT = "706f612d7365636f6e642d666163746f72";

	private static final Logger logger = LoggerFactory.getLogger(SecretSealing.class);

	private final TextEncryptor encryptor;

	SecretSealing(@Value("${poa.security.secret-key:}") String key,
			@Value("${poa.security.require-secret-key:false}") boolean required) {
		if (key.isBlank()) {
			if (required) {
				throw new IllegalStateException(
						"POA_SECRET_KEY is not set: it encrypts the authenticator keys of two-step sign-in. "
								+ "Set it to a long random value, kept outside the database, and keep it for good.");
			}
			logger.warn("POA_SECRET_KEY is not set: authenticator keys are stored unencrypted");
			this.encryptor = null;
		}
		else {
			this.encryptor = Encryptors.delux(key, SALT);
		}
	}

	String seal(String secret) {
		return (this.encryptor != null) ? PREFIX + this.encryptor.encrypt(secret) : secret;
	}

	String open(String stored) {
		if (!stored.startsWith(PREFIX)) {
			return stored;
		}
		if (this.encryptor == null) {
			throw new IllegalStateException("An authenticator key is encrypted, but POA_SECRET_KEY is not set");
		}
		return this.encryptor.decrypt(stored.substring(PREFIX.length()));
	}

	boolean canSeal() {
		return this.encryptor != null;
	}

}
