package org.unoda.poa.web.home;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.unoda.poa.core.meeting.Meeting;
import org.unoda.poa.core.meeting.MeetingCalendar;
import org.unoda.poa.core.report.NationalReports;
import org.unoda.poa.core.state.State;
import org.unoda.poa.core.state.States;
import org.unoda.poa.core.user.Viewer;

/**
 * The home page: each role sees its own starting points.
 */
@Controller
class HomeController {

	static final String VIEW_PUBLIC = "home/public";

	static final String VIEW_DELEGATE = "home/delegate";

	static final String VIEW_TASKS = "home/tasks";

	static final String VIEW_SIGN_IN = "home/login";

	private static final List<Task> SECRETARIAT_TASKS = List.of(new Task("/reports", "home.task.reviewReports"),
			new Task("/directory", "home.task.directory"), new Task("/meetings", "home.task.meetings"),
			new Task("/stakeholders", "home.task.stakeholders"), new Task("/capacity", "home.task.capacity"),
			new Task("/audit", "home.task.audit"));

	private static final List<Task> ADMIN_TASKS = List.of(new Task("/admin/users", "home.task.users"),
			new Task("/admin/users/new", "home.task.newUser"), new Task("/states", "home.task.states"),
			new Task("/directory", "home.task.directory"), new Task("/audit", "home.task.audit"));

	private static final List<Task> STAKEHOLDER_TASKS = List.of(new Task("/meetings", "home.task.meetings"),
			new Task("/stakeholders", "home.task.stakeholders"), new Task("/reports", "home.task.publicReports"));

	private final NationalReports reports;

	private final MeetingCalendar calendar;

	private final States states;

	private final Clock clock;

	HomeController(NationalReports reports, MeetingCalendar calendar, States states, Clock clock) {
		this.reports = reports;
		this.calendar = calendar;
		this.states = states;
		this.clock = clock;
	}

	@GetMapping("/")
	String home(Viewer viewer, Model model) {
		model.addAttribute("meetings", upcomingPublicMeetings());
		if (!viewer.isSignedIn()) {
			model.addAttribute("reports", this.reports.readableBy(viewer, Limit.of(5)));
			model.addAttribute("stateCount", this.states.count());
			return VIEW_PUBLIC;
		}
		return switch (viewer.role()) {
			case DELEGATE -> {
				State state = this.states.find(viewer.stateId()).orElseThrow();
				model.addAttribute("state", state);
				model.addAttribute("reports", this.reports.readableBy(viewer, state));
				yield VIEW_DELEGATE;
			}
			case SECRETARIAT -> tasks(model, "home.secretariat.intro", SECRETARIAT_TASKS);
			case ADMIN -> tasks(model, "home.admin.intro", ADMIN_TASKS);
			case STAKEHOLDER -> tasks(model, "home.stakeholder.intro", STAKEHOLDER_TASKS);
		};
	}

	@GetMapping("/login")
	String signIn(@RequestParam(name = "error", required = false) String error,
			@RequestParam(name = "logout", required = false) String logout,
			@RequestParam(name = "expired", required = false) String expired,
			@RequestParam(name = "throttled", required = false) Integer throttled, Model model) {
		model.addAttribute("signInFailed", error != null);
		// minutes to wait, as the throttle said; bounded so the link cannot make the page say anything
		model.addAttribute("minutesToWait", (throttled != null) ? Math.min(Math.max(throttled, 1), 60) : null);
		model.addAttribute("signedOut", logout != null);
		model.addAttribute("sessionEnded", expired != null);
		return VIEW_SIGN_IN;
	}

	private static String tasks(Model model, String intro, List<Task> tasks) {
		model.addAttribute("intro", intro);
		model.addAttribute("tasks", tasks);
		return VIEW_TASKS;
	}

	private List<Meeting> upcomingPublicMeetings() {
		return this.calendar.upcoming(LocalDate.now(this.clock), 5);
	}

	/**
	 * A starting point on a role's home page.
	 *
	 * @param path where it leads
	 * @param labelKey the message key of its label
	 */
	record Task(String path, String labelKey) {

	}

}
