package org.unoda.poa.web.directory;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;


import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.unoda.poa.web.layout.CsvFiles;
import org.unoda.poa.core.communication.CheckRequest;
import org.unoda.poa.core.communication.CheckResults;
import org.unoda.poa.core.communication.CommunicationCheck;
import org.unoda.poa.core.communication.CommunicationChecks;
import org.unoda.poa.core.communication.NothingToCheckException;
import org.unoda.poa.core.contact.ContactLevel;
import org.unoda.poa.core.state.RegionalGroup;
import org.unoda.poa.core.state.States;
import org.unoda.poa.core.user.Viewer;

/**
 * The secretariat's communication checks: start one, watch it progress, remind the silent,
 * export the results; every past check stays viewable.
 */
@Controller
@RequestMapping("/directory/checks")
class CheckController {

	static final String VIEW_LIST = "directory/checks/list";

	static final String VIEW_FORM = "directory/checks/new";

	static final String VIEW_RESULTS = "directory/checks/results";

	static final String VIEW_PROGRESS = "directory/checks/_progress :: progress";

	/** The length of a check's stored scope. */
	private static final int SCOPE_LENGTH = 500;

	private final CommunicationChecks checks;

	private final States states;

	private final MessageSource messages;

	CheckController(CommunicationChecks checks, States states, MessageSource messages) {
		this.checks = checks;
		this.states = states;
		this.messages = messages;
	}

	@GetMapping
	String list(Viewer viewer, Model model) {
		model.addAttribute("checks", this.checks.list(viewer));
		return VIEW_LIST;
	}

	@GetMapping("/new")
	String initStartForm(Model model, Locale locale) {
		model.addAttribute("checkForm", new CheckForm(UUID.randomUUID().toString(),
				this.messages.getMessage("check.defaultTitle", null, locale), null, null, List.of(), false));
		return showForm(model);
	}

	@PostMapping("/new")
	String processStartForm(@Valid @ModelAttribute("checkForm") CheckForm form, BindingResult result, Viewer viewer,
			Model model, Locale locale) {
		List<String> unknown = form.stateCodes().stream().filter(code -> this.states.find(code).isEmpty()).toList();
		if (!unknown.isEmpty()) {
			result.rejectValue("states", "check.states.unknown");
		}
		if (result.hasErrors()) {
			return showForm(model);
		}
		CheckRequest request = new CheckRequest(form.requestKey(), form.title().strip(), form.group(), form.level(),
				form.stateCodes());
		String scope = scope(form, locale);
		if (!Boolean.TRUE.equals(form.startAnyway())) {
			var sameScope = this.checks.openCheckWithScope(viewer, scope)
				.filter(open -> !open.getRequestKey().equals(form.requestKey()));
			if (sameScope.isPresent()) {
				model.addAttribute("sameScope", sameScope.get());
				return showForm(model);
			}
		}
		try {
			return "redirect:/directory/checks/" + start(viewer, request, scope).getId();
		}
		catch (NothingToCheckException ex) {
			result.reject("check.nobody");
			return showForm(model);
		}
	}

	@GetMapping("/{id}")
	String results(@PathVariable Long id, Viewer viewer, Model model) {
		model.addAttribute("results", this.checks.results(viewer, id));
		return VIEW_RESULTS;
	}

	/**
	 * The part of the results page that refreshes itself while the check runs.
	 */
	@GetMapping("/{id}/progress")
	String progress(@PathVariable Long id, Viewer viewer, Model model) {
		model.addAttribute("results", this.checks.results(viewer, id));
		return VIEW_PROGRESS;
	}

	@PostMapping("/{id}/remind")
	String remind(@PathVariable Long id, Viewer viewer, RedirectAttributes redirect) {
		int reminded = this.checks.remindNow(viewer, id);
		redirect.addFlashAttribute("flashMessage", "check.reminded");
		redirect.addFlashAttribute("reminded", reminded);
		return "redirect:/directory/checks/" + id;
	}

	@GetMapping("/{id}/results.csv")
	ResponseEntity<byte[]> export(@PathVariable Long id, Viewer viewer) {
		CheckResults results = this.checks.results(viewer, id);
		List<List<?>> rows = results.messages()
			.stream()
			.<List<?>>map(message -> Arrays.asList(message.getState().getAlpha3(), message.getState().getNameEn(),
					message.getState().getRegionalGroup().map(Enum::name).orElse(""), message.getLevel(),
					message.getContactName(), message.getEmail(), message.getStatus(), message.isOverdueAt(results.at()),
					message.getSentAt().map(DateTimeFormatter.ISO_INSTANT::format).orElse(""),
					message.getAcknowledgedAt().map(DateTimeFormatter.ISO_INSTANT::format).orElse(""),
					message.getResponseTime().map(time -> Long.toString(time.toMinutes())).orElse(""),
					message.getReminders(), message.getFailure().orElse("")))
			.toList();
		return CsvFiles.download("communication-check-" + id + ".csv",
				List.of("state", "state_name", "regional_group", "level", "contact", "email", "status", "overdue",
						"sent_at", "acknowledged_at", "response_minutes", "reminders", "failure"),
				rows);
	}

	/**
	 * Starts the check; if the same form raced itself into the database, the other request's
	 * check is the answer.
	 */
	private CommunicationCheck start(Viewer viewer, CheckRequest request, String scope) {
		try {
			return this.checks.start(viewer, request, scope);
		}
		catch (DataIntegrityViolationException ex) {
			return this.checks.start(viewer, request, scope);
		}
	}

	private String scope(CheckForm form, Locale locale) {
		List<String> parts = new ArrayList<>();
		parts.add(this.messages.getMessage((form.level() != null) ? form.level().messageKey() : "check.scope.allLevels",
				null, locale));
		parts.add(this.messages.getMessage((form.group() != null) ? form.group().messageKey() : "check.scope.allGroups",
				null, locale));
		if (!form.stateCodes().isEmpty()) {
			parts.add(String.join(", ", form.stateCodes()));
		}
		String scope = String.join(" · ", parts);
		return (scope.length() > SCOPE_LENGTH) ? scope.substring(0, SCOPE_LENGTH - 1) + "…" : scope;
	}

	private String showForm(Model model) {
		model.addAttribute("groups", RegionalGroup.values());
		model.addAttribute("levels", ContactLevel.values());
		model.addAttribute("allStates", this.states.all());
		return VIEW_FORM;
	}

	/**
	 * The form that starts a check.
	 *
	 * @param requestKey unique to the form, so that sending it twice starts one check
	 * @param title the check's title
	 * @param group only this regional group
	 * @param level only this level
	 * @param states only these States (alpha-3 codes)
	 * @param startAnyway start even though an open check has the same scope
	 */
	record CheckForm(@NotBlank @Size(max = 64) String requestKey,
			@NotBlank(message = "{check.title.required}") @Size(max = 200, message = "{contact.tooLong}") String title,
			RegionalGroup group, ContactLevel level, List<String> states, Boolean startAnyway) {

		List<String> stateCodes() {
			return (this.states != null) ? this.states.stream().filter(code -> !code.isBlank()).toList() : List.of();
		}

	}

}
