package org.unoda.poa.core.user;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface RecoveryCodeRepository extends Repository<RecoveryCode, Long> {

	RecoveryCode save(RecoveryCode code);

	@Query("select c from RecoveryCode c where c.userAccountId = ?1 and c.usedAt is null")
	List<RecoveryCode> findUnused(Long userAccountId);

	@Query("select count(c) from RecoveryCode c where c.userAccountId = ?1 and c.usedAt is null")
	int countUnused(Long userAccountId);

	/**
	 * Uses the code unless another request already has.
	 */
	@Modifying
	@Query("update RecoveryCode c set c.usedAt = ?2 where c.id = ?1 and c.usedAt is null")
	int use(Long id, Instant now);

	@Modifying
	@Query("delete from RecoveryCode c where c.userAccountId = ?1")
	int deleteByAccount(Long userAccountId);

}
