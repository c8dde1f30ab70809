package org.unoda.poa.web.directory;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DirectFieldBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.unoda.poa.core.contact.Availability;
import org.unoda.poa.core.contact.ContactChangeRefusedException;
import org.unoda.poa.core.contact.ContactLevel;
import org.unoda.poa.core.contact.Directory;
import org.unoda.poa.core.contact.DirectoryAccessDeniedException;
import org.unoda.poa.core.contact.PointOfContact;
import org.unoda.poa.core.state.State;
import org.unoda.poa.core.state.States;
import org.unoda.poa.core.user.Viewer;
import org.unoda.poa.web.layout.EditConflict;

/**
 * A Point of Contact's page with its history, and what States and the secretariat do with it:
 * nominate, update, withdraw, verify, confirm, and take it away as a vCard.
 */
@Controller
@RequestMapping("/directory/contacts")
class ContactController {

	static final String VIEW_CONTACT = "directory/contact";

	static final String VIEW_FORM = "directory/contact-form";

	private final Directory directory;

	private final States states;

	private final MessageSource messages;

	ContactController(Directory directory, States states, MessageSource messages) {
		this.directory = directory;
		this.states = states;
		this.messages = messages;
	}

	@GetMapping("/{id}")
	String show(@PathVariable Long id, Viewer viewer, Model model) {
		PointOfContact contact = this.directory.get(viewer, id);
		model.addAttribute("contact", contact);
		model.addAttribute("stale", this.directory.isStale(contact));
		model.addAttribute("canManage", contact.isActive() && this.directory.canManage(viewer, contact.getState().getId()));
		model.addAttribute("canVerify", this.directory.canVerify(viewer));
		model.addAttribute("canConfirm", contact.isActive() && this.directory.canConfirm(viewer, contact.getState().getId()));
		return VIEW_CONTACT;
	}

	@GetMapping("/new")
	String initNominationForm(@RequestParam("state") String stateCode, Viewer viewer, Model model) {
		State state = manageableState(stateCode, viewer);
		model.addAttribute("contactForm", ContactForm.empty());
		return showForm(model, state, null);
	}

	@PostMapping("/new")
	String processNominationForm(@RequestParam("state") String stateCode, Viewer viewer,
			@Valid @ModelAttribute("contactForm") ContactForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		State state = manageableState(stateCode, viewer);
		form.validate(result);
		if (result.hasErrors()) {
			return showForm(model, state, null);
		}
		PointOfContact contact = this.directory.nominate(viewer, state.getId(), form.details());
		redirect.addFlashAttribute("flashMessage", "contact.nominated");
		return "redirect:/directory/contacts/" + contact.getId();
	}

	@GetMapping("/{id}/edit")
	String initUpdateForm(@PathVariable Long id, Viewer viewer, Model model) {
		PointOfContact contact = this.directory.get(viewer, id);
		requireManager(viewer, contact);
		model.addAttribute("contactForm", ContactForm.of(contact));
		return showForm(model, contact.getState(), contact);
	}

	@PostMapping("/{id}/edit")
	String processUpdateForm(@PathVariable Long id, Viewer viewer,
			@Valid @ModelAttribute("contactForm") ContactForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		PointOfContact contact = this.directory.get(viewer, id);
		requireManager(viewer, contact);
		form.validate(result);
		if (result.hasErrors()) {
			return showForm(model, contact.getState(), contact);
		}
		try {
			this.directory.update(viewer, id, (form.version() != null) ? form.version() : -1, form.details());
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			// both versions side by side; the form keeps the editor's values on top of the saved
			// version, so saving it again keeps theirs
			PointOfContact saved = this.directory.get(viewer, id);
			ContactForm yours = form.onTopOf(saved.getVersion());
			model.addAttribute("conflict", EditConflict.between(saved.getUpdatedBy(), saved.getUpdatedAt(),
					ContactForm.of(saved).fields(), yours.fields()));
			model.addAttribute("contactForm", yours);
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "contactForm", new DirectFieldBindingResult(yours, "contactForm"));
			return showForm(model, saved.getState(), saved);
		}
		redirect.addFlashAttribute("flashMessage", "contact.updated");
		return "redirect:/directory/contacts/" + id;
	}

	@PostMapping("/{id}/verify")
	String verify(@PathVariable Long id, Viewer viewer, RedirectAttributes redirect) {
		return change(id, redirect, "contact.verified", () -> this.directory.verify(viewer, id));
	}

	@PostMapping("/{id}/withdraw")
	String withdraw(@PathVariable Long id, Viewer viewer, RedirectAttributes redirect) {
		return change(id, redirect, "contact.withdrawn", () -> this.directory.withdraw(viewer, id));
	}

	@PostMapping("/{id}/confirm")
	String confirm(@PathVariable Long id, Viewer viewer, RedirectAttributes redirect) {
		return change(id, redirect, "contact.confirmed", () -> this.directory.confirm(viewer, id));
	}

	@GetMapping("/{id}/vcard")
	ResponseEntity<byte[]> vcard(@PathVariable Long id, Viewer viewer, Locale locale) {
		PointOfContact contact = this.directory.get(viewer, id);
		String card = VCards.of(contact, this.messages.getMessage(contact.getLevel().messageKey(), null, locale),
				contact.getState().getName(locale));
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "vcard", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("contact-" + id + ".vcf").build().toString())
			.body(card.getBytes(StandardCharsets.UTF_8));
	}

	private String change(Long id, RedirectAttributes redirect, String done, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("flashMessage", done);
		}
		catch (ContactChangeRefusedException ex) {
			redirect.addFlashAttribute("flashError", ex.getMessageKey());
		}
		return "redirect:/directory/contacts/" + id;
	}

	private State manageableState(String stateCode, Viewer viewer) {
		State state = this.states.get(stateCode);
		if (!this.directory.canManage(viewer, state.getId())) {
			throw new DirectoryAccessDeniedException("nominate contacts for " + stateCode);
		}
		return state;
	}

	private void requireManager(Viewer viewer, PointOfContact contact) {
		if (!contact.isActive() || !this.directory.canManage(viewer, contact.getState().getId())) {
			throw new DirectoryAccessDeniedException("change contact " + contact.getId());
		}
	}

	private String showForm(Model model, State state, PointOfContact contact) {
		model.addAttribute("state", state);
		model.addAttribute("contact", contact);
		model.addAttribute("levels", ContactLevel.values());
		model.addAttribute("availabilities", Availability.values());
		return VIEW_FORM;
	}

}
