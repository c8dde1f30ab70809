package org.unoda.poa.core.user;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * At each start, seals the authenticator keys still stored in clear (from before sealing, from
 * the demo data, or from a start without {@code POA_SECRET_KEY}). Each key is replaced only if
 * it is still the clear one, so nodes starting together do not seal one twice.
 */
@Component
public class ClearSecretsSealing {

	private static final Logger logger = LoggerFactory.getLogger(ClearSecretsSealing.class);

	private final SecretSealing sealing;

	private final JdbcClient jdbc;

	ClearSecretsSealing(SecretSealing sealing, JdbcClient jdbc) {
		this.sealing = sealing;
		this.jdbc = jdbc;
	}

	@EventListener(ApplicationReadyEvent.class)
	void onStart() {
		int sealed = sealClearSecrets();
		if (sealed > 0) {
			logger.info("Encrypted {} authenticator keys stored in clear", sealed);
		}
	}

	/**
	 * @return how many keys were sealed
	 */
	public int sealClearSecrets() {
		if (!this.sealing.canSeal()) {
			return 0;
		}
		List<ClearSecret> clear = this.jdbc
			.sql("select user_account_id, secret from second_factor where secret not like :prefix")
			.param("prefix", SecretSealing.PREFIX + "%")
			.query(ClearSecret.class)
			.list();
		int sealed = 0;
		for (ClearSecret secret : clear) {
			sealed += this.jdbc
				.sql("update second_factor set secret = :sealed where user_account_id = :account and secret = :clear")
				.param("sealed", this.sealing.seal(secret.secret()))
				.param("account", secret.userAccountId())
				.param("clear", secret.secret())
				.update();
		}
		return sealed;
	}

	private record ClearSecret(Long userAccountId, String secret) {
	}

}
