package org.unoda.poa.meetings.accreditation;

import java.util.Optional;

import org.springframework.data.repository.Repository;

interface AccreditationSettingsRepository extends Repository<AccreditationSettings, Integer> {

	Optional<AccreditationSettings> findById(Integer id);

}
