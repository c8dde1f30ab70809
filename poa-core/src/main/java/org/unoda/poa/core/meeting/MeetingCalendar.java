package org.unoda.poa.core.meeting;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unoda.poa.core.user.Viewer;

/**
 * The meetings calendar: announced meetings for everyone, planned ones as well for the
 * secretariat and administrators.
 */
@Service
@Transactional(readOnly = true)
public class MeetingCalendar {

	private final MeetingRepository meetings;

	MeetingCalendar(MeetingRepository meetings) {
		this.meetings = meetings;
	}

	/**
	 * The meetings the viewer may see, earliest first.
	 */
	public List<Meeting> visibleTo(Viewer viewer) {
		return viewer.isSecretariatOrAdmin() ? this.meetings.findAllOrderByStartDate()
				: this.meetings.findPublicOrderByStartDate();
	}

	/**
	 * The next announced meetings not over on the given day.
	 */
	public List<Meeting> upcoming(LocalDate day, int count) {
		return this.meetings.findPublicEndingOnOrAfter(day, Limit.of(count));
	}

}
