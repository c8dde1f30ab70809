package org.unoda.poa.meetings.agenda;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unoda.poa.core.FieldRejectedException;
import org.unoda.poa.core.NotFoundException;
import org.unoda.poa.core.meeting.DutyStation;
import org.unoda.poa.core.meeting.Meeting;
import org.unoda.poa.core.meeting.MeetingCalendar;
import org.unoda.poa.core.meeting.MeetingRepository;
import org.unoda.poa.core.meeting.MeetingType;
import org.unoda.poa.core.user.Viewer;

/**
 * The working groups and their intersessional sessions.
 */
@Service
@Transactional(readOnly = true)
public class WorkingGroups {

	private final WorkingGroupRepository groups;

	private final WorkingGroupSessionRepository sessions;

	private final MeetingRepository meetings;

	private final MeetingCalendar calendar;

	WorkingGroups(WorkingGroupRepository groups, WorkingGroupSessionRepository sessions, MeetingRepository meetings,
			MeetingCalendar calendar) {
		this.groups = groups;
		this.sessions = sessions;
		this.meetings = meetings;
		this.calendar = calendar;
	}

	/**
	 * Every working group with the sessions the viewer may see, earliest first.
	 */
	public List<GroupSessions> withSessions(Viewer viewer) {
		Map<Long, Long> groupByMeeting = this.groups.findAllSessions()
			.stream()
			.collect(Collectors.toMap(WorkingGroupSession::getMeetingId, WorkingGroupSession::getWorkingGroupId));
		Map<Long, List<Meeting>> sessionsByGroup = this.calendar.visibleTo(viewer)
			.stream()
			.filter((m) -> groupByMeeting.containsKey(m.getId()))
			.collect(Collectors.groupingBy((m) -> groupByMeeting.get(m.getId())));
		return this.groups.findAllInOrder()
			.stream()
			.map((g) -> new GroupSessions(g, sessionsByGroup.getOrDefault(g.getId(), List.of())))
			.toList();
	}

	/**
	 * The working group a meeting is a session of, if any.
	 */
	public Optional<WorkingGroup> ofMeeting(Long meetingId) {
		return this.groups.findByMeeting(meetingId);
	}

	@Transactional
	@PreAuthorize("hasAnyRole('SECRETARIAT', 'ADMIN')")
	public WorkingGroup establish(String name, String mandate, LocalDate establishedOn) {
		if (this.groups.existsByNameIgnoreCase(name)) {
			throw new FieldRejectedException("name", "workingGroup.nameTaken");
		}
		return this.groups.save(new WorkingGroup(name, mandate, establishedOn));
	}

	/**
	 * Schedules a session of a working group: a planned meeting, announced like any other.
	 * @return the meeting's identifier
	 */
	@Transactional
	@PreAuthorize("hasAnyRole('SECRETARIAT', 'ADMIN')")
	public Long scheduleSession(Long groupId, String title, LocalDate start, LocalDate end,
			DutyStation dutyStation) {
		WorkingGroup group = this.groups.findById(groupId)
			.orElseThrow(() -> new NotFoundException("working group", groupId));
		if (end.isBefore(start)) {
			throw new FieldRejectedException("end", "meeting.endBeforeStart");
		}
		if (start.isBefore(group.getEstablishedOn())) {
			throw new FieldRejectedException("start", "workingGroup.beforeEstablished");
		}
		Meeting meeting = this.meetings
			.save(new Meeting(MeetingType.WORKING_GROUP_SESSION, title, start, end, dutyStation));
		this.sessions.save(new WorkingGroupSession(meeting.getId(), groupId));
		return meeting.getId();
	}

	/**
	 * Makes an existing working-group meeting (one accepted from the plan, say) a session of
	 * the given group.
	 */
	@Transactional
	@PreAuthorize("hasAnyRole('SECRETARIAT', 'ADMIN')")
	public void attachSession(Long groupId, Long meetingId) {
		this.groups.findById(groupId).orElseThrow(() -> new NotFoundException("working group", groupId));
		Meeting meeting = this.meetings.findById(meetingId)
			.orElseThrow(() -> new NotFoundException("meeting", meetingId));
		if (meeting.getType() != MeetingType.WORKING_GROUP_SESSION) {
			throw new FieldRejectedException("group", "workingGroup.notASession");
		}
		if (this.groups.findByMeeting(meetingId).isPresent()) {
			throw new FieldRejectedException("group", "workingGroup.alreadyAttached");
		}
		this.sessions.save(new WorkingGroupSession(meetingId, groupId));
	}

	/**
	 * A working group and its sessions.
	 */
	public record GroupSessions(WorkingGroup group, List<Meeting> sessions) {
	}

}
