package org.unoda.poa.meetings.planning;

import java.util.Optional;

import org.springframework.data.repository.Repository;

interface PlanningSettingsRepository extends Repository<PlanningSettings, Integer> {

	Optional<PlanningSettings> findById(Integer id);

}
