package org.unoda.poa.web.meeting;

import java.io.IOException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.unoda.poa.core.FieldRejectedException;
import org.unoda.poa.core.meeting.DutyStation;
import org.unoda.poa.core.meeting.Meeting;
import org.unoda.poa.core.meeting.MeetingCalendar;
import org.unoda.poa.core.meeting.MeetingType;
import org.unoda.poa.core.user.Viewer;
import org.unoda.poa.meetings.planning.CalendarProcess;
import org.unoda.poa.meetings.planning.CoincidingYears;
import org.unoda.poa.meetings.planning.MeetingPlan;
import org.unoda.poa.meetings.planning.OtherCalendar;
import org.unoda.poa.meetings.planning.PlanItem;
import org.unoda.poa.meetings.planning.Planning;
import org.unoda.poa.meetings.planning.PlanningSettings;
import org.unoda.poa.web.layout.Flash;

/**
 * The secretariat's planner: the meeting cycle generated from the rules for the coming years,
 * as a timeline and a list, with every clash and the nearest clash-free dates; accepting (or
 * moving, then accepting) each proposed meeting, and announcing it; the settings and rules;
 * and the calendar of other processes, kept by hand or imported from iCalendar.
 */
@Controller
@RequestMapping("/meetings/planning")
class PlanningController {

	static final String VIEW_PLAN = "meetings/planning";

	static final String VIEW_CALENDAR = "meetings/other-calendar";

	private final Planning planning;

	private final OtherCalendar otherCalendar;

	private final MeetingCalendar meetings;

	private final ProposedTitles proposedTitles;

	PlanningController(Planning planning, OtherCalendar otherCalendar, MeetingCalendar meetings,
			ProposedTitles proposedTitles) {
		this.proposedTitles = proposedTitles;
		this.planning = planning;
		this.otherCalendar = otherCalendar;
		this.meetings = meetings;
	}

	@GetMapping
	String plan(Viewer viewer, Model model, Locale locale) {
		MeetingPlan plan = this.planning.plan();
		model.addAttribute("meetingStatuses", this.meetings.visibleTo(viewer)
			.stream()
			.collect(Collectors.toMap(Meeting::getId, Meeting::getStatus)));
		model.addAttribute("plan", plan);
		model.addAttribute("byYear", plan.items()
			.stream()
			.collect(Collectors.groupingBy(PlanItem::year, TreeMap::new, Collectors.toList())));
		model.addAttribute("timeline", Timeline.of(plan));
		model.addAttribute("proposedTitles", plan.items()
			.stream()
			.collect(Collectors.toMap(PlanItem::key, (item) -> this.proposedTitles.written(item.type(), item.year()))));
		model.addAttribute("dutyStations", DutyStation.values());
		model.addAttribute("coincidingOptions", CoincidingYears.values());
		model.addAttribute("months", Arrays.stream(Month.values())
			.map((m) -> new MonthChoice(m.getValue(), m.getDisplayName(TextStyle.SHORT_STANDALONE, locale)))
			.toList());
		return VIEW_PLAN;
	}

	@PostMapping("/accept")
	String accept(@RequestParam String key, @RequestParam MeetingType type, @RequestParam int year,
			@RequestParam(defaultValue = "") String title,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate start,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate end,
			@RequestParam DutyStation dutyStation, Viewer viewer, RedirectAttributes redirect) {
		if (title.isBlank() || title.length() > 300) {
			redirect.addFlashAttribute("flashError", "planning.title.invalid");
			return "redirect:/meetings/planning#item-" + key;
		}
		return change(redirect, "planning.accepted", "#item-" + key,
				() -> this.planning.accept(viewer, key, title.strip(),
						this.proposedTitles.translationsOf(title.strip(), type, year), start, end, dutyStation));
	}

	@PostMapping("/meetings/{id}/announce")
	String announce(@PathVariable Long id, @RequestParam String key, RedirectAttributes redirect) {
		return change(redirect, "planning.announced", "#item-" + key, () -> this.planning.announce(id));
	}

	@PostMapping("/settings")
	String changeSettings(@RequestParam long version,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate establishmentDate,
			@RequestParam int bufferDays, @RequestParam int horizonYears,
			@RequestParam CoincidingYears coincidingYears, RedirectAttributes redirect) {
		return change(redirect, "planning.settingsChanged", "#settings", () -> this.planning.changeSettings(version,
				establishmentDate, bufferDays, horizonYears, coincidingYears));
	}

	@PostMapping("/rules/{id}")
	String changeRule(@PathVariable Long id, @RequestParam long version, @RequestParam int firstAfterYears,
			@RequestParam(required = false) Integer everyYears,
			@RequestParam(name = "preferredMonths", required = false) List<Integer> preferredMonths,
			@RequestParam int lengthDays, @RequestParam DutyStation dutyStation,
			@RequestParam(defaultValue = "false") boolean active, RedirectAttributes redirect) {
		return change(redirect, "planning.ruleChanged", "#rules",
				() -> this.planning.changeRule(id, version, firstAfterYears, everyYears,
						(preferredMonths != null) ? preferredMonths : List.of(), lengthDays, dutyStation, active));
	}

	@GetMapping("/calendar")
	String calendar(Model model) {
		// the planned years, and one either side
		PlanningSettings settings = this.planning.settings();
		int established = settings.getEstablishmentDate().getYear();
		model.addAttribute("events", this.otherCalendar.between(LocalDate.of(established, 1, 1),
				LocalDate.of(established + settings.getHorizonYears() + 1, 12, 31)));
		model.addAttribute("processes", CalendarProcess.values());
		model.addAttribute("dutyStations", DutyStation.values());
		return VIEW_CALENDAR;
	}

	@PostMapping("/calendar")
	String addEvent(@RequestParam(defaultValue = "") String title, @RequestParam CalendarProcess process,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate start,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate end,
			@RequestParam(required = false) DutyStation dutyStation, RedirectAttributes redirect) {
		if (title.isBlank() || title.length() > 300) {
			redirect.addFlashAttribute("flashError", "planning.title.invalid");
			return "redirect:/meetings/planning/calendar";
		}
		change(redirect, "planning.eventAdded", "",
				() -> this.otherCalendar.add(title.strip(), process, start, end, dutyStation));
		return "redirect:/meetings/planning/calendar";
	}

	@PostMapping("/calendar/{id}/delete")
	String removeEvent(@PathVariable Long id, RedirectAttributes redirect) {
		this.otherCalendar.remove(id);
		redirect.addFlashAttribute("flashMessage", "planning.eventRemoved");
		return "redirect:/meetings/planning/calendar";
	}

	@PostMapping("/calendar/import")
	String importCalendar(@RequestParam(name = "file", required = false) MultipartFile file,
			RedirectAttributes redirect) throws IOException {
		if (file == null || file.isEmpty()) {
			redirect.addFlashAttribute("flashError", "planning.import.empty");
			return "redirect:/meetings/planning/calendar";
		}
		try {
			OtherCalendar.ImportResult result = this.otherCalendar.importCalendar(file.getInputStream());
			redirect.addFlashAttribute("importResult", result);
			redirect.addFlashAttribute("flashMessage", "planning.imported");
		}
		catch (FieldRejectedException ex) {
			redirect.addFlashAttribute("flashError", ex.messageKey());
		}
		return "redirect:/meetings/planning/calendar";
	}

	private static String change(RedirectAttributes redirect, String done, String anchor, Runnable action) {
		Flash.apply(redirect, done, action);
		return "redirect:/meetings/planning" + anchor;
	}

	/**
	 * A month as the rule form offers it.
	 *
	 * @param number 1 to 12
	 * @param label its short name in the reader's language
	 */
	record MonthChoice(int number, String label) {

	}

}
