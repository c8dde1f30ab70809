package org.unoda.poa.web.meeting;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.unoda.poa.core.FieldRejectedException;
import org.unoda.poa.core.meeting.DutyStation;
import org.unoda.poa.core.user.Viewer;
import org.unoda.poa.meetings.agenda.WorkingGroups;
import org.unoda.poa.web.layout.Flash;

/**
 * The working groups and their intersessional sessions; the secretariat establishes groups
 * and schedules their sessions.
 */
@Controller
@RequestMapping("/meetings/working-groups")
class WorkingGroupController {

	static final String VIEW = "meetings/working-groups";

	private final WorkingGroups workingGroups;

	WorkingGroupController(WorkingGroups workingGroups) {
		this.workingGroups = workingGroups;
	}

	@GetMapping
	String list(Viewer viewer, Model model) {
		model.addAttribute("groups", this.workingGroups.withSessions(viewer));
		model.addAttribute("dutyStations", DutyStation.values());
		return VIEW;
	}

	@PostMapping
	String establish(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String mandate,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate establishedOn,
			RedirectAttributes redirect) {
		Flash.apply(redirect, "workingGroup.established", () -> {
			if (name.isBlank() || name.length() > 300) {
				throw new FieldRejectedException("name", "meeting.text.invalid");
			}
			if (mandate.isBlank() || mandate.length() > 5000) {
				throw new FieldRejectedException("mandate", "meeting.text.invalid");
			}
			if (establishedOn == null) {
				throw new FieldRejectedException("establishedOn", "workingGroup.establishedOn.required");
			}
			this.workingGroups.establish(name.strip(), mandate.strip(), establishedOn);
		});
		return "redirect:/meetings/working-groups";
	}

	@PostMapping("/{groupId}/sessions")
	String scheduleSession(@PathVariable Long groupId, @RequestParam(defaultValue = "") String title,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate start,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate end,
			@RequestParam DutyStation dutyStation, RedirectAttributes redirect) {
		Flash.apply(redirect, "workingGroup.sessionScheduled", () -> {
			if (title.isBlank() || title.length() > 300) {
				throw new FieldRejectedException("title", "meeting.text.invalid");
			}
			if (start == null || end == null) {
				throw new FieldRejectedException("start", "meeting.dates.required");
			}
			this.workingGroups.scheduleSession(groupId, title.strip(), start, end, dutyStation);
		});
		return "redirect:/meetings/working-groups#group-" + groupId;
	}

}
