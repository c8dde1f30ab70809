package org.unoda.poa.web.meeting;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
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
import org.unoda.poa.core.file.Upload;
import org.unoda.poa.core.framework.Pillar;
import org.unoda.poa.core.language.OfficialLanguages;
import org.unoda.poa.core.meeting.DutyStation;
import org.unoda.poa.core.meeting.Meeting;
import org.unoda.poa.core.meeting.MeetingCalendar;
import org.unoda.poa.core.meeting.MeetingFormat;
import org.unoda.poa.core.meeting.MeetingOutcome;
import org.unoda.poa.core.user.Viewer;
import org.unoda.poa.meetings.agenda.MeetingDesk;
import org.unoda.poa.meetings.agenda.WorkingGroups;
import org.unoda.poa.meetings.contribution.Contributions;
import org.unoda.poa.meetings.document.DocumentType;
import org.unoda.poa.meetings.document.LanguageVersion;
import org.unoda.poa.meetings.document.OfficialDocuments;
import org.unoda.poa.web.layout.Flash;
import org.unoda.poa.web.layout.EditConflict;

/**
 * The secretariat runs a meeting: its details and format, the registration period, opening,
 * concluding (with the outcome) or cancelling it, its agenda and its official documents.
 */
@Controller
@RequestMapping("/meetings/{id}")
class MeetingDeskController {

	static final String VIEW = "meetings/manage";

	private final MeetingCalendar calendar;

	private final MeetingDesk desk;

	private final OfficialDocuments documents;

	private final WorkingGroups workingGroups;

	private final Contributions contributions;

	private final Clock clock;

	MeetingDeskController(MeetingCalendar calendar, MeetingDesk desk, OfficialDocuments documents,
			WorkingGroups workingGroups, Contributions contributions, Clock clock) {
		this.contributions = contributions;
		this.clock = clock;
		this.calendar = calendar;
		this.desk = desk;
		this.documents = documents;
		this.workingGroups = workingGroups;
	}

	@GetMapping("/manage")
	String manage(@PathVariable Long id, Viewer viewer, Model model) {
		Meeting meeting = this.calendar.find(viewer, id);
		model.addAttribute("meeting", meeting);
		model.addAttribute("suggestedDeadline", meeting.suggestedRegistrationDeadline(LocalDate.now(this.clock)));
		model.addAttribute("agenda", this.desk.agenda(id));
		model.addAttribute("documents", this.documents.of(viewer, id));
		model.addAttribute("workingGroup", this.workingGroups.ofMeeting(id).orElse(null));
		model.addAttribute("workingGroups", this.workingGroups.withSessions(viewer));
		model.addAttribute("dutyStations", DutyStation.values());
		model.addAttribute("formats", MeetingFormat.values());
		model.addAttribute("outcomes", MeetingOutcome.values());
		model.addAttribute("pillars", Pillar.values());
		model.addAttribute("documentTypes", DocumentType.values());
		model.addAttribute("documentLanguages", LanguageVersion.OFFICIAL_LANGUAGES);
		model.addAttribute("allContributions", this.contributions.all(id));
		return VIEW;
	}

	@PostMapping("/details")
	String change(@PathVariable Long id, @RequestParam long version, @RequestParam(defaultValue = "") String title,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate start,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate end,
			@RequestParam DutyStation dutyStation, @RequestParam MeetingFormat format,
			@RequestParam(defaultValue = "") String venue, Viewer viewer, RedirectAttributes redirect) {
		try {
			return apply(id, "#details", redirect, "meeting.changed", () -> {
				requireText("title", title, 300);
				if (venue.length() > 300) {
					throw new FieldRejectedException("venue", "meeting.venue.tooLong");
				}
				try {
					this.desk.change(id, version, title.strip(), start, end, dutyStation, format,
							venue.isBlank() ? null : venue.strip());
				}
				catch (ObjectOptimisticLockingFailureException ex) {
					throw new ChangedMeanwhile(ex);
				}
			});
		}
		catch (ChangedMeanwhile ex) {
			// both versions side by side; the form shows the typed details again, on top of the
			// saved version, so saving keeps them
			Meeting saved = this.calendar.find(viewer, id);
			MeetingDetailsForm yours = new MeetingDetailsForm(title, start, end, dutyStation, format, venue);
			redirect.addFlashAttribute("conflict", EditConflict.between(saved.getUpdatedBy(), saved.getUpdatedAt(),
					MeetingDetailsForm.of(saved).fields(), yours.fields()));
			redirect.addFlashAttribute("typedDetails", yours);
			return "redirect:/meetings/" + id + "/manage#conflict";
		}
	}

	@PostMapping("/working-group")
	String attachToWorkingGroup(@PathVariable Long id, @RequestParam Long groupId, RedirectAttributes redirect) {
		return apply(id, "#details", redirect, "workingGroup.sessionAttached",
				() -> this.workingGroups.attachSession(groupId, id));
	}

	@PostMapping("/registration-period")
	String openRegistration(@PathVariable Long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline,
			RedirectAttributes redirect) {
		return apply(id, "#registration", redirect, "meeting.registrationOpened", () -> {
			if (deadline == null) {
				throw new FieldRejectedException("deadline", "meeting.registration.deadlineInvalid");
			}
			this.desk.openRegistration(id, deadline);
		});
	}

	@PostMapping("/registration-period/close")
	String closeRegistration(@PathVariable Long id, RedirectAttributes redirect) {
		return apply(id, "#registration", redirect, "meeting.registrationClosed",
				() -> this.desk.closeRegistration(id));
	}

	@PostMapping("/open-session")
	String openSession(@PathVariable Long id, RedirectAttributes redirect) {
		return apply(id, "#status", redirect, "meeting.sessionOpened", () -> this.desk.openSession(id));
	}

	@PostMapping("/conclude")
	String conclude(@PathVariable Long id, @RequestParam(required = false) MeetingOutcome outcome,
			@RequestParam(defaultValue = "") String summary, RedirectAttributes redirect) {
		return apply(id, "#status", redirect, "meeting.concluded", () -> {
			if (outcome == null) {
				throw new FieldRejectedException("outcome", "meeting.outcome.required");
			}
			requireText("summary", summary, 20000);
			this.desk.conclude(id, outcome, summary.strip());
		});
	}

	@PostMapping("/cancel")
	String cancel(@PathVariable Long id, RedirectAttributes redirect) {
		return apply(id, "#status", redirect, "meeting.cancelled", () -> this.desk.cancel(id));
	}

	@PostMapping("/agenda")
	String addAgendaItem(@PathVariable Long id, @RequestParam(defaultValue = "") String title,
			@RequestParam(name = "pillars", required = false) List<Pillar> pillars, RedirectAttributes redirect) {
		return apply(id, "#agenda", redirect, "meeting.agendaItemAdded", () -> {
			requireText("agendaTitle", title, 500);
			Set<Pillar> tags = (pillars == null || pillars.isEmpty()) ? EnumSet.noneOf(Pillar.class)
					: EnumSet.copyOf(pillars);
			this.desk.addAgendaItem(id, title.strip(), tags);
		});
	}

	@PostMapping("/agenda/{itemId}/delete")
	String removeAgendaItem(@PathVariable Long id, @PathVariable Long itemId, RedirectAttributes redirect) {
		return apply(id, "#agenda", redirect, "meeting.agendaItemRemoved",
				() -> this.desk.removeAgendaItem(id, itemId));
	}

	@PostMapping("/documents")
	String issue(@PathVariable Long id, @RequestParam(defaultValue = "") String symbol,
			@RequestParam(defaultValue = "") String title, @RequestParam DocumentType type,
			@RequestParam(required = false) Long agendaItemId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate issuedOn,
			@RequestParam(defaultValue = "false") boolean published, @RequestParam String language,
			@RequestParam(name = "file", required = false) MultipartFile file, Viewer viewer,
			RedirectAttributes redirect) throws IOException {
		Upload upload = upload(file);
		return apply(id, "#documents", redirect, "document.issued", () -> {
			requireText("documentTitle", title, 500);
			if (issuedOn == null) {
				throw new FieldRejectedException("issuedOn", "document.issuedOn.required");
			}
			this.documents.issue(viewer, id,
					new OfficialDocuments.DocumentDraft(symbol, title.strip(), type, agendaItemId, issuedOn, published),
					language, upload);
		});
	}

	@PostMapping("/documents/{documentId}/versions")
	String addVersion(@PathVariable Long id, @PathVariable Long documentId, @RequestParam String language,
			@RequestParam(name = "file", required = false) MultipartFile file, Viewer viewer,
			RedirectAttributes redirect) throws IOException {
		Upload upload = upload(file);
		return apply(id, "#document-" + documentId, redirect, "document.versionAdded",
				() -> this.documents.addVersion(viewer, id, documentId, language, upload));
	}

	@PostMapping("/documents/{documentId}/publish")
	String publish(@PathVariable Long id, @PathVariable Long documentId,
			@RequestParam(defaultValue = "false") boolean published, RedirectAttributes redirect) {
		return apply(id, "#document-" + documentId, redirect,
				published ? "document.published" : "document.unpublished",
				() -> this.documents.publish(id, documentId, published));
	}

	@PostMapping("/title-translations")
	String translateTitle(@PathVariable Long id, @RequestParam Map<String, String> parameters,
			RedirectAttributes redirect) {
		return apply(id, "#title-translations", redirect, "content.translationsSaved",
				() -> this.desk.translateTitle(id, titles(parameters, "title", 300)));
	}

	@PostMapping("/documents/{documentId}/title-translations")
	String translateDocumentTitle(@PathVariable Long id, @PathVariable Long documentId,
			@RequestParam Map<String, String> parameters, RedirectAttributes redirect) {
		return apply(id, "#document-" + documentId + "-title-translations", redirect, "content.translationsSaved",
				() -> this.documents.translateTitle(id, documentId,
						titles(parameters, "document-" + documentId + "-title", 500)));
	}

	@PostMapping("/documents/{documentId}/delete")
	String withdraw(@PathVariable Long id, @PathVariable Long documentId, RedirectAttributes redirect) {
		return apply(id, "#documents", redirect, "document.withdrawn", () -> this.documents.withdraw(id, documentId));
	}

	private static Upload upload(MultipartFile file) throws IOException {
		return new Upload((file != null) ? file.getOriginalFilename() : null, (file != null) ? file.getBytes() : null);
	}

	private static String apply(Long id, String anchor, RedirectAttributes redirect, String done, Runnable change) {
		Flash.apply(redirect, done, change);
		return "redirect:/meetings/" + id + "/manage" + anchor;
	}

	/**
	 * The titles in the other official languages, sent as {@code title.ar}, {@code title.zh}
	 * and so on.
	 * @throws FieldRejectedException when one is too long, naming its field
	 */
	private static Map<String, String> titles(Map<String, String> parameters, String field, int maxLength) {
		Map<String, String> titles = new LinkedHashMap<>();
		for (String language : OfficialLanguages.CODES) {
			String title = parameters.getOrDefault("title." + language, "").strip();
			if (title.length() > maxLength) {
				throw new FieldRejectedException(field + "-" + language, "meeting.text.invalid");
			}
			titles.put(language, title);
		}
		return titles;
	}

	private static void requireText(String field, String value, int maxLength) {
		if (value.isBlank() || value.length() > maxLength) {
			throw new FieldRejectedException(field, "meeting.text.invalid");
		}
	}

	/**
	 * Someone else saved the meeting since the form was loaded.
	 */
	private static final class ChangedMeanwhile extends RuntimeException {

		ChangedMeanwhile(ObjectOptimisticLockingFailureException cause) {
			super(cause);
		}

	}

}
