package org.unoda.poa.meetings.agenda;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unoda.poa.core.FieldRejectedException;
import org.unoda.poa.core.NotFoundException;
import org.unoda.poa.core.framework.Pillar;
import org.unoda.poa.core.meeting.DutyStation;
import org.unoda.poa.core.meeting.Meeting;
import org.unoda.poa.core.meeting.MeetingFormat;
import org.unoda.poa.core.meeting.MeetingOutcome;
import org.unoda.poa.core.meeting.MeetingRepository;

/**
 * The secretariat's desk for a meeting: its details, the registration period, opening the
 * session, concluding it with its outcome or cancelling it, and its agenda.
 */
@Service
@Transactional(readOnly = true)
public class MeetingDesk {

	private final MeetingRepository meetings;

	private final AgendaItemRepository agenda;

	private final Clock clock;

	MeetingDesk(MeetingRepository meetings, AgendaItemRepository agenda, Clock clock) {
		this.meetings = meetings;
		this.agenda = agenda;
		this.clock = clock;
	}

	/**
	 * A meeting's agenda in order. Whoever may see the meeting may see its agenda.
	 */
	public List<AgendaItem> agenda(Long meetingId) {
		return this.agenda.findByMeetingIdOrderByPosition(meetingId);
	}

	@Transactional
	@PreAuthorize("hasAnyRole('SECRETARIAT', 'ADMIN')")
	public void change(Long meetingId, long version, String title, LocalDate start, LocalDate end,
			DutyStation dutyStation, MeetingFormat format, String venue) {
		current(meetingId, version).change(title, start, end, dutyStation, format, venue);
	}

	/**
	 * Replaces the translations of the meeting's title, by language.
	 */
	@Transactional
	@PreAuthorize("hasAnyRole('SECRETARIAT', 'ADMIN')")
	public void translateTitle(Long meetingId, Map<String, String> titles) {
		meeting(meetingId).translateTitle(titles);
	}

	@Transactional
	@PreAuthorize("hasAnyRole('SECRETARIAT', 'ADMIN')")
	public void openRegistration(Long meetingId, LocalDate deadline) {
		meeting(meetingId).openRegistration(deadline, LocalDate.now(this.clock));
	}

	@Transactional
	@PreAuthorize("hasAnyRole('SECRETARIAT', 'ADMIN')")
	public void closeRegistration(Long meetingId) {
		meeting(meetingId).closeRegistration();
	}

	@Transactional
	@PreAuthorize("hasAnyRole('SECRETARIAT', 'ADMIN')")
	public void openSession(Long meetingId) {
		meeting(meetingId).openSession();
	}

	@Transactional
	@PreAuthorize("hasAnyRole('SECRETARIAT', 'ADMIN')")
	public void conclude(Long meetingId, MeetingOutcome outcome, String summary) {
		meeting(meetingId).conclude(outcome, summary);
	}

	@Transactional
	@PreAuthorize("hasAnyRole('SECRETARIAT', 'ADMIN')")
	public void cancel(Long meetingId) {
		meeting(meetingId).cancel();
	}

	/**
	 * Adds an item at the end of the agenda.
	 */
	@Transactional
	@PreAuthorize("hasAnyRole('SECRETARIAT', 'ADMIN')")
	public AgendaItem addAgendaItem(Long meetingId, String title, Set<Pillar> pillars) {
		Meeting meeting = locked(meetingId);
		if (meeting.isOver()) {
			throw new FieldRejectedException("title", "meeting.over");
		}
		int next = this.agenda.findByMeetingIdOrderByPosition(meetingId).size() + 1;
		return this.agenda.save(new AgendaItem(meetingId, next, title, pillars));
	}

	/**
	 * Removes an item; those after it move up.
	 */
	@Transactional
	@PreAuthorize("hasAnyRole('SECRETARIAT', 'ADMIN')")
	public void removeAgendaItem(Long meetingId, Long itemId) {
		if (locked(meetingId).isOver()) {
			throw new FieldRejectedException("title", "meeting.over");
		}
		List<AgendaItem> items = this.agenda.findByMeetingIdOrderByPosition(meetingId);
		AgendaItem removed = items.stream()
			.filter((i) -> i.getId().equals(itemId))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("agenda item", itemId));
		this.agenda.delete(removed);
		int position = 1;
		for (AgendaItem item : items) {
			if (item != removed) {
				item.moveTo(position++);
			}
		}
	}

	private Meeting current(Long meetingId, long version) {
		Meeting meeting = meeting(meetingId);
		if (meeting.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(Meeting.class, meetingId);
		}
		return meeting;
	}

	/**
	 * The meeting, locked until the end of the transaction: two changes of its agenda at once
	 * queue up, so that positions stay one after the other.
	 */
	private Meeting locked(Long meetingId) {
		return this.meetings.findForChange(meetingId).orElseThrow(() -> new NotFoundException("meeting", meetingId));
	}

	private Meeting meeting(Long meetingId) {
		return this.meetings.findById(meetingId).orElseThrow(() -> new NotFoundException("meeting", meetingId));
	}

}
