package org.unoda.poa.meetings.planning;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/**
 * A proposal of the plan the secretariat accepted, and the meeting it became.
 */
@Entity
@Immutable
@Table(name = "planned_meeting")
class PlannedMeeting {

	@Id
	private String planKey;

	private Long meetingId;

	private Instant acceptedAt;

	private String acceptedBy;

	protected PlannedMeeting() {
	}

	PlannedMeeting(String planKey, Long meetingId, Instant acceptedAt, String acceptedBy) {
		this.planKey = planKey;
		this.meetingId = meetingId;
		this.acceptedAt = acceptedAt;
		this.acceptedBy = acceptedBy;
	}

	String getPlanKey() {
		return this.planKey;
	}

	Long getMeetingId() {
		return this.meetingId;
	}

}
