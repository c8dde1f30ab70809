package org.unoda.poa.web.meeting;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.unoda.poa.core.meeting.MeetingCalendar;
import org.unoda.poa.core.user.Viewer;

/**
 * The meetings calendar: announced meetings for everyone; planned ones too for the secretariat.
 */
@Controller
class MeetingController {

	static final String VIEW = "meetings/list";

	private final MeetingCalendar calendar;

	MeetingController(MeetingCalendar calendar) {
		this.calendar = calendar;
	}

	@GetMapping("/meetings")
	String calendar(Viewer viewer, Model model) {
		model.addAttribute("meetings", this.calendar.visibleTo(viewer));
		return VIEW;
	}

}
