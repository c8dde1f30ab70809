package org.unoda.poa.core.state;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Read access to the States reference list.
 */
public interface StateRepository extends Repository<State, Long> {

	@Query("select s from State s order by s.nameEn")
	List<State> findAllOrderByName();

	Optional<State> findById(Long id);

	@Query("select s from State s where upper(s.alpha3) = upper(?1)")
	Optional<State> findByAlpha3(String alpha3);

	long count();

}
