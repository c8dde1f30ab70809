package org.unoda.poa.meetings.agenda;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface WorkingGroupRepository extends Repository<WorkingGroup, Long> {

	@Query("select g from WorkingGroup g order by g.establishedOn, g.name")
	List<WorkingGroup> findAllInOrder();

	Optional<WorkingGroup> findById(Long id);

	boolean existsByNameIgnoreCase(String name);

	WorkingGroup save(WorkingGroup group);

	@Query("select s from WorkingGroupSession s")
	List<WorkingGroupSession> findAllSessions();

	@Query("select g from WorkingGroup g, WorkingGroupSession s where s.workingGroupId = g.id and s.meetingId = ?1")
	Optional<WorkingGroup> findByMeeting(Long meetingId);

}
