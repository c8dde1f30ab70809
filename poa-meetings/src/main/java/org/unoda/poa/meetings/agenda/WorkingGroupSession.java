package org.unoda.poa.meetings.agenda;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/**
 * A meeting that is a session of a working group.
 */
@Entity
@Immutable
@Table(name = "working_group_session")
class WorkingGroupSession {

	@Id
	private Long meetingId;

	private Long workingGroupId;

	protected WorkingGroupSession() {
	}

	WorkingGroupSession(Long meetingId, Long workingGroupId) {
		this.meetingId = meetingId;
		this.workingGroupId = workingGroupId;
	}

	Long getMeetingId() {
		return this.meetingId;
	}

	Long getWorkingGroupId() {
		return this.workingGroupId;
	}

}
