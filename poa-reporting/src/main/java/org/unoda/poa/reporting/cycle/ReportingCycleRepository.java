package org.unoda.poa.reporting.cycle;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface ReportingCycleRepository extends Repository<ReportingCycle, Long> {

	Optional<ReportingCycle> findById(Long id);

	ReportingCycle save(ReportingCycle cycle);

	@Query("select c from ReportingCycle c order by c.opensOn desc")
	List<ReportingCycle> findAllNewestFirst();

}
