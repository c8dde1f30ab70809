package org.unoda.poa.meetings.registration;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unoda.poa.core.meeting.Meeting;
import org.unoda.poa.core.meeting.MeetingCalendar;
import org.unoda.poa.core.user.Viewer;

/**
 * Who took part: the list of participants of a meeting, and participation by gender per
 * meeting and over time, for the gender digital-divide goal. Anyone who may see a meeting may
 * see these: the list names only those who agreed, the figures name nobody.
 */
@Service
@Transactional(readOnly = true)
public class Participation {

	private final DelegationRegistrationRepository registrations;

	private final MeetingCalendar calendar;

	Participation(DelegationRegistrationRepository registrations, MeetingCalendar calendar) {
		this.registrations = registrations;
		this.calendar = calendar;
	}

	/**
	 * The list of participants, delegations in the alphabetical order of the reader's
	 * language.
	 */
	public ListOfParticipants listOf(Viewer viewer, Long meetingId, Locale locale) {
		Meeting meeting = this.calendar.find(viewer, meetingId);
		Collator collator = Collator.getInstance(locale);
		List<DelegationRegistration> approved = this.registrations.findApprovedByMeeting(meetingId);
		long unlisted = approved.stream()
			.flatMap((r) -> r.getParticipants().stream())
			.filter((p) -> !p.isListed())
			.count();
		List<ListOfParticipants.Delegation> delegations = approved.stream()
			.map((r) -> new ListOfParticipants.Delegation(r.delegationName(locale), r.isOrganisation(),
					r.getParticipants().stream().filter(Participant::isListed).toList()))
			.filter((d) -> !d.participants().isEmpty())
			.sorted(Comparator.comparing(ListOfParticipants.Delegation::organisation)
				.thenComparing(ListOfParticipants.Delegation::name, collator))
			.toList();
		return new ListOfParticipants(meeting, delegations, unlisted);
	}

	public GenderBreakdown byGender(Viewer viewer, Long meetingId) {
		this.calendar.find(viewer, meetingId);
		return GenderBreakdown.of(this.registrations.countParticipants(meetingId));
	}

	/**
	 * Participation by gender at each meeting the viewer may see that has approved
	 * delegations, earliest first.
	 */
	public List<MeetingParticipation> byGenderOverTime(Viewer viewer) {
		Map<Long, List<ParticipantCount>> byMeeting = this.registrations.countAllParticipants()
			.stream()
			.collect(Collectors.groupingBy(ParticipantCount::meetingId));
		return this.calendar.visibleTo(viewer)
			.stream()
			.filter((m) -> byMeeting.containsKey(m.getId()))
			.map((m) -> new MeetingParticipation(m, GenderBreakdown.of(byMeeting.get(m.getId()))))
			.toList();
	}

	/**
	 * A meeting and who took part in it by gender.
	 */
	public record MeetingParticipation(Meeting meeting, GenderBreakdown breakdown) {
	}

}
