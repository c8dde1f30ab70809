package org.unoda.poa.meetings.planning;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface ExternalEventRepository extends Repository<ExternalEvent, Long> {

	@Query("select e from ExternalEvent e where e.endDate >= :from and e.startDate <= :to order by e.startDate")
	List<ExternalEvent> findBetween(LocalDate from, LocalDate to);

	Optional<ExternalEvent> findById(Long id);

	Optional<ExternalEvent> findByUid(String uid);

	ExternalEvent save(ExternalEvent event);

	void delete(ExternalEvent event);

}
