package org.unoda.poa.meetings.planning;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unoda.poa.core.FieldRejectedException;
import org.unoda.poa.core.NotFoundException;
import org.unoda.poa.core.meeting.DutyStation;
import org.unoda.poa.core.meeting.Meeting;
import org.unoda.poa.core.meeting.MeetingRepository;
import org.unoda.poa.core.meeting.MeetingStatus;
import org.unoda.poa.core.meeting.MeetingType;
import org.unoda.poa.core.user.Viewer;

/**
 * The secretariat's planning: the plan generated from the rules, the settings and rules it is
 * generated with, and accepting a proposed meeting (at the proposed dates or moved), which is
 * the only way the plan becomes a meeting.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('SECRETARIAT', 'ADMIN')")
public class Planning {

	private final PlanningSettingsRepository settings;

	private final CadenceRuleRepository rules;

	private final ExternalEventRepository events;

	private final PlannedMeetingRepository planned;

	private final MeetingRepository meetings;

	private final Clock clock;

	Planning(PlanningSettingsRepository settings, CadenceRuleRepository rules, ExternalEventRepository events,
			PlannedMeetingRepository planned, MeetingRepository meetings, Clock clock) {
		this.settings = settings;
		this.rules = rules;
		this.events = events;
		this.planned = planned;
		this.meetings = meetings;
		this.clock = clock;
	}

	public MeetingPlan plan() {
		PlanningSettings current = settings();
		int firstYear = current.getEstablishmentDate().getYear() + 1;
		int lastYear = current.getEstablishmentDate().getYear() + current.getHorizonYears();
		Map<Long, String> keysByMeeting = this.planned.findAll()
			.stream()
			.collect(Collectors.toMap(PlannedMeeting::getMeetingId, PlannedMeeting::getPlanKey));
		List<Busy> calendar = new ArrayList<>();
		this.events.findBetween(LocalDate.of(firstYear - 1, 1, 1), LocalDate.of(lastYear + 1, 12, 31))
			.forEach((e) -> calendar.add(e.asBusy()));
		List<AcceptedMeeting> accepted = new ArrayList<>();
		for (Meeting meeting : this.meetings.findAllOrderByStartDate()) {
			if (meeting.getStatus() == MeetingStatus.CANCELLED) {
				continue;
			}
			Window window = new Window(meeting.getStartDate(), meeting.getEndDate());
			String key = keysByMeeting.get(meeting.getId());
			if (key != null) {
				accepted.add(new AcceptedMeeting(key, meeting.getId(), meeting.getTitle(), window,
						meeting.getDutyStation()));
			}
			else {
				calendar.add(new Busy(meeting.getTitle(), window, meeting.getDutyStation(), null));
			}
		}
		List<CadenceRule> allRules = this.rules.findAllByRank();
		List<PlanItem> items = new PlanGenerator(current.getEstablishmentDate().getYear(), current.getHorizonYears(),
				current.getCoincidingYears(), current.getBufferDays())
			.generate(allRules, calendar,
					accepted.stream().collect(Collectors.toMap(AcceptedMeeting::planKey, Function.identity())));
		calendar.sort((a, b) -> a.window().start().compareTo(b.window().start()));
		return new MeetingPlan(current, allRules, firstYear, lastYear, items, calendar);
	}

	public PlanningSettings settings() {
		return this.settings.findById(1).orElseThrow(() -> new NotFoundException("planning settings", 1));
	}

	/**
	 * Accepts a proposed meeting of the plan, at the dates the secretariat chose (the proposal,
	 * or moved): the meeting is created, planned (not yet public), with its title as written and
	 * the translations given.
	 * @return the meeting's identifier
	 */
	@Transactional
	public Long accept(Viewer viewer, String planKey, String title, Map<String, String> titleTranslations,
			LocalDate start, LocalDate end, DutyStation dutyStation) {
		PlanItem item = plan().items()
			.stream()
			.filter((i) -> i.key().equals(planKey))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("plan item", planKey));
		if (item.state() != PlanItem.State.PROPOSED) {
			throw new FieldRejectedException("planKey", "planning.notProposed");
		}
		if (end.isBefore(start)) {
			throw new FieldRejectedException("end", "planning.endBeforeStart");
		}
		MeetingType type = item.type();
		Meeting meeting = new Meeting(type, title, start, end, dutyStation);
		meeting.translateTitle(titleTranslations);
		meeting = this.meetings.save(meeting);
		this.planned.save(new PlannedMeeting(planKey, meeting.getId(), this.clock.instant(), viewer.username()));
		return meeting.getId();
	}

	/**
	 * Makes a planned meeting public.
	 */
	@Transactional
	public void announce(Long meetingId) {
		Meeting meeting = this.meetings.findById(meetingId)
			.orElseThrow(() -> new NotFoundException("meeting", meetingId));
		try {
			meeting.announce();
		}
		catch (IllegalStateException ex) {
			throw new FieldRejectedException("meeting", "planning.notPlanned");
		}
	}

	@Transactional
	public void changeSettings(long version, LocalDate establishmentDate, int bufferDays, int horizonYears,
			CoincidingYears coincidingYears) {
		PlanningSettings current = settings();
		if (current.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(PlanningSettings.class, 1);
		}
		if (bufferDays < 0 || bufferDays > 60) {
			throw new FieldRejectedException("bufferDays", "planning.bufferDays.invalid");
		}
		if (horizonYears < 1 || horizonYears > 20) {
			throw new FieldRejectedException("horizonYears", "planning.horizonYears.invalid");
		}
		current.change(establishmentDate, bufferDays, horizonYears, coincidingYears);
	}

	@Transactional
	public void changeRule(Long ruleId, long version, int firstAfterYears, Integer everyYears,
			List<Integer> preferredMonths, int lengthDays, DutyStation dutyStation, boolean active) {
		CadenceRule rule = this.rules.findById(ruleId).orElseThrow(() -> new NotFoundException("rule", ruleId));
		if (rule.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(CadenceRule.class, ruleId);
		}
		if (preferredMonths.isEmpty() || preferredMonths.stream().anyMatch((m) -> m < 1 || m > 12)) {
			throw new FieldRejectedException("preferredMonths", "planning.months.invalid");
		}
		if (lengthDays < 1 || lengthDays > 30) {
			throw new FieldRejectedException("lengthDays", "planning.lengthDays.invalid");
		}
		if (firstAfterYears < 0 || firstAfterYears > 20 || (everyYears != null && (everyYears < 1 || everyYears > 10))) {
			throw new FieldRejectedException("everyYears", "planning.years.invalid");
		}
		rule.change(firstAfterYears, everyYears, preferredMonths, lengthDays, dutyStation, active);
	}

}
