package org.unoda.poa.web.meeting;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.unoda.poa.core.meeting.MeetingCalendar;
import org.unoda.poa.core.user.Viewer;
import org.unoda.poa.meetings.registration.Participation;
import org.unoda.poa.meetings.registration.Registrations;
import org.unoda.poa.web.layout.Flash;

/**
 * The secretariat reviews the delegations registered for a meeting: approves each, or returns
 * it to the State with a reason.
 */
@Controller
@RequestMapping("/meetings/{id}/registrations")
class RegistrationReviewController {

	static final String VIEW = "meetings/registrations";

	private final MeetingCalendar calendar;

	private final Registrations registrations;

	private final Participation participation;

	RegistrationReviewController(MeetingCalendar calendar, Registrations registrations,
			Participation participation) {
		this.calendar = calendar;
		this.registrations = registrations;
		this.participation = participation;
	}

	@GetMapping
	String registrations(@PathVariable Long id, Viewer viewer, Model model) {
		model.addAttribute("meeting", this.calendar.find(viewer, id));
		model.addAttribute("registrations", this.registrations.ofMeeting(id));
		model.addAttribute("gender", this.participation.byGender(viewer, id));
		return VIEW;
	}

	@PostMapping("/{registrationId}/approve")
	String approve(@PathVariable Long id, @PathVariable Long registrationId, @RequestParam long version, Viewer viewer,
			RedirectAttributes redirect) {
		Flash.apply(redirect, "registration.approved",
				() -> this.registrations.approve(viewer, id, registrationId, version));
		return "redirect:/meetings/" + id + "/registrations#registration-" + registrationId;
	}

	@PostMapping("/{registrationId}/return")
	String returnForChanges(@PathVariable Long id, @PathVariable Long registrationId, @RequestParam long version,
			@RequestParam(defaultValue = "") String reason, Viewer viewer, RedirectAttributes redirect) {
		Flash.apply(redirect, "registration.returned",
				() -> this.registrations.returnForChanges(viewer, id, registrationId, version, reason));
		return "redirect:/meetings/" + id + "/registrations#registration-" + registrationId;
	}

}
