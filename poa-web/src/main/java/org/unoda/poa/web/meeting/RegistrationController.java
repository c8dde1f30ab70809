package org.unoda.poa.web.meeting;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.unoda.poa.core.FieldRejectedException;
import org.unoda.poa.core.file.RefusedUploadException;
import org.unoda.poa.core.file.Upload;
import org.unoda.poa.core.meeting.Meeting;
import org.unoda.poa.core.meeting.MeetingCalendar;
import org.unoda.poa.core.user.Role;
import org.unoda.poa.core.user.Viewer;
import org.unoda.poa.meetings.registration.Gender;
import org.unoda.poa.meetings.registration.ParticipantDetails;
import org.unoda.poa.meetings.registration.ParticipantFunction;
import org.unoda.poa.meetings.registration.Registrations;
import org.unoda.poa.web.layout.Downloads;
import org.unoda.poa.web.layout.Flash;

/**
 * A State's delegates register its delegation: participants, the note verbale, then
 * submission to the secretariat. The note verbale can be read back by the State's delegates
 * and the secretariat.
 */
@Controller
@RequestMapping("/meetings/{id}")
class RegistrationController {

	static final String VIEW = "meetings/registration";

	private final MeetingCalendar calendar;

	private final Registrations registrations;

	private final Clock clock;

	RegistrationController(MeetingCalendar calendar, Registrations registrations, Clock clock) {
		this.calendar = calendar;
		this.registrations = registrations;
		this.clock = clock;
	}

	@GetMapping("/registration")
	String registration(@PathVariable Long id, Viewer viewer, Model model) {
		model.addAttribute("participantForm", ParticipantForm.empty());
		return show(id, viewer, model);
	}

	@PostMapping("/registration/participants")
	String addParticipant(@PathVariable Long id, @Valid @ModelAttribute("participantForm") ParticipantForm form,
			BindingResult result, Viewer viewer, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return show(id, viewer, model);
		}
		try {
			this.registrations.addParticipant(viewer, id, form.details());
		}
		catch (FieldRejectedException ex) {
			reject(result, ex);
			return show(id, viewer, model);
		}
		redirect.addFlashAttribute("flashMessage", "registration.participantAdded");
		return "redirect:/meetings/" + id + "/registration#participants";
	}

	@PostMapping("/registration/participants/{participantId}/delete")
	String removeParticipant(@PathVariable Long id, @PathVariable Long participantId, Viewer viewer,
			RedirectAttributes redirect) {
		Flash.apply(redirect, "registration.participantRemoved",
				() -> this.registrations.removeParticipant(viewer, id, participantId));
		return "redirect:/meetings/" + id + "/registration#participants";
	}

	@PostMapping("/registration/note-verbale")
	String attachNoteVerbale(@PathVariable Long id, @RequestParam(name = "file", required = false) MultipartFile file,
			Viewer viewer, Model model, RedirectAttributes redirect) throws IOException {
		try {
			this.registrations.attachNoteVerbale(viewer, id,
					new Upload((file != null) ? file.getOriginalFilename() : null, (file != null) ? file.getBytes() : null));
		}
		catch (RefusedUploadException ex) {
			model.addAttribute("noteVerbaleError", ex.messageKey());
			model.addAttribute("noteVerbaleErrorArgs", ex.getArguments());
			model.addAttribute("participantForm", ParticipantForm.empty());
			return show(id, viewer, model);
		}
		catch (FieldRejectedException ex) {
			redirect.addFlashAttribute("flashError", ex.messageKey());
			return "redirect:/meetings/" + id + "/registration";
		}
		redirect.addFlashAttribute("flashMessage", "registration.noteVerbaleAttached");
		return "redirect:/meetings/" + id + "/registration#note-verbale";
	}

	@PostMapping("/registration/submit")
	String submit(@PathVariable Long id, @RequestParam long version, Viewer viewer, RedirectAttributes redirect) {
		Flash.apply(redirect, "registration.submitted", () -> this.registrations.submit(viewer, id, version));
		return "redirect:/meetings/" + id + "/registration";
	}

	@PostMapping("/registration/withdraw")
	String withdraw(@PathVariable Long id, Viewer viewer, RedirectAttributes redirect) {
		Flash.apply(redirect, "registration.withdrawn", () -> this.registrations.withdraw(viewer, id));
		return "redirect:/meetings/" + id + "/registration";
	}

	@GetMapping("/registrations/{registrationId}/note-verbale")
	ResponseEntity<byte[]> noteVerbale(@PathVariable Long id, @PathVariable Long registrationId, Viewer viewer) {
		return Downloads.of(this.registrations.noteVerbale(viewer, id, registrationId));
	}

	private String show(Long id, Viewer viewer, Model model) {
		if (!this.registrations.mayRegister(viewer)) {
			throw new AccessDeniedException("only States' delegates and accredited organisations register");
		}
		Meeting meeting = this.calendar.find(viewer, id);
		model.addAttribute("meeting", meeting);
		model.addAttribute("registration", this.registrations.own(viewer, id).orElse(null));
		model.addAttribute("open", meeting.isOpenForRegistration(LocalDate.now(this.clock)));
		model.addAttribute("functions", ParticipantFunction.values());
		model.addAttribute("genders", Gender.values());
		model.addAttribute("forOrganisation", viewer.hasRole(Role.STAKEHOLDER));
		return VIEW;
	}

	private static void reject(BindingResult result, FieldRejectedException ex) {
		if (ParticipantForm.FIELDS.contains(ex.field())) {
			result.rejectValue(ex.field(), ex.messageKey(), ex.arguments(), null);
		}
		else {
			result.reject(ex.messageKey(), ex.arguments(), null);
		}
	}

	/**
	 * A participant as the form gives it.
	 */
	record ParticipantForm(@NotNull ParticipantFunction function, @NotBlank @Size(max = 120) String givenNames,
			@NotBlank @Size(max = 120) String familyName, @Size(max = 300) String jobTitle,
			@Email @Size(max = 254) String email, @NotNull Gender gender, Boolean listed) {

		static final Set<String> FIELDS = Set.of("function", "givenNames", "familyName",
				"jobTitle", "email", "gender", "listed");

		static ParticipantForm empty() {
			return new ParticipantForm(null, "", "", "", "", null, Boolean.FALSE);
		}

		ParticipantDetails details() {
			return new ParticipantDetails(this.function, this.givenNames.strip(), this.familyName.strip(),
					blankToNull(this.jobTitle), blankToNull(this.email), this.gender, Boolean.TRUE.equals(this.listed));
		}

		private static String blankToNull(String value) {
			return (value == null || value.isBlank()) ? null : value.strip();
		}

	}

}
