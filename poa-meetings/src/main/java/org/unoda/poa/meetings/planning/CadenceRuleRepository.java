package org.unoda.poa.meetings.planning;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface CadenceRuleRepository extends Repository<CadenceRule, Long> {

	@Query("select r from CadenceRule r order by r.rank desc")
	List<CadenceRule> findAllByRank();

	Optional<CadenceRule> findById(Long id);

}
