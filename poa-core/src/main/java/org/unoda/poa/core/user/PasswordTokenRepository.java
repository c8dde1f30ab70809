package org.unoda.poa.core.user;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface PasswordTokenRepository extends Repository<PasswordToken, Long> {

	@EntityGraph(attributePaths = "account")
	Optional<PasswordToken> findByTokenHash(String tokenHash);

	PasswordToken save(PasswordToken token);

	/**
	 * Retires every link still open for the account, so only the newest one works.
	 */
	@Modifying
	@Query("update PasswordToken t set t.usedAt = ?2 where t.account = ?1 and t.usedAt is null")
	int retireOpenTokens(UserAccount account, Instant now);

}
