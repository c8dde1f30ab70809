package org.unoda.poa.meetings.accreditation;

import org.springframework.data.repository.Repository;

interface ObjectionRepository extends Repository<Objection, Long> {

	Objection saveAndFlush(Objection objection);

	boolean existsByApplicationIdAndStateId(Long applicationId, Long stateId);

}
