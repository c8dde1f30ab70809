package org.unoda.poa.core.meeting;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unoda.poa.core.NotFoundException;
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
	 * A meeting the viewer may see.
	 * @throws NotFoundException when there is none, or the viewer may not see it (planned
	 * meetings are the secretariat's until announced)
	 */
	public Meeting find(Viewer viewer, Long id) {
		return this.meetings.findById(id)
			.filter((m) -> m.isPublic() || viewer.isSecretariatOrAdmin())
			.orElseThrow(() -> new NotFoundException("meeting", id));
	}

	/**
	 * The next announced meetings not over on the given day.
	 */
	public List<Meeting> upcoming(LocalDate day, int count) {
		return this.meetings.findPublicEndingOnOrAfter(day, Limit.of(count));
	}

}
