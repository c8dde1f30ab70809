package org.unoda.poa.meetings.planning;

import java.util.List;

import org.springframework.data.repository.Repository;

interface PlannedMeetingRepository extends Repository<PlannedMeeting, String> {

	List<PlannedMeeting> findAll();

	boolean existsById(String planKey);

	PlannedMeeting save(PlannedMeeting plannedMeeting);

}
