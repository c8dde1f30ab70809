package org.unoda.poa.meetings.agenda;

import org.springframework.data.repository.Repository;

interface WorkingGroupSessionRepository extends Repository<WorkingGroupSession, Long> {

	WorkingGroupSession save(WorkingGroupSession session);

}
