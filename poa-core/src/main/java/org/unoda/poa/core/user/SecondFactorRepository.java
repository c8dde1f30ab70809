package org.unoda.poa.core.user;

import java.util.Optional;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface SecondFactorRepository extends Repository<SecondFactor, Long> {

	Optional<SecondFactor> findById(Long userAccountId);

	boolean existsById(Long userAccountId);

	SecondFactor save(SecondFactor secondFactor);

	@Modifying
	@Query("delete from SecondFactor f where f.userAccountId = ?1")
	int deleteByAccount(Long userAccountId);

	/**
	 * Takes the step as used unless it or a later one already was: of two requests with the
	 * same code, on any node, only one wins.
	 */
	@Modifying
	@Query("update SecondFactor f set f.lastUsedStep = ?2 where f.userAccountId = ?1 and f.lastUsedStep < ?2")
	int useStep(Long userAccountId, long step);

}
