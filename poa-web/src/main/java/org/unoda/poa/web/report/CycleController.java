package org.unoda.poa.web.report;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.unoda.poa.core.FieldRejectedException;
import org.unoda.poa.reporting.cycle.ReportingCycle;
import org.unoda.poa.reporting.cycle.ReportingCycles;
import org.unoda.poa.reporting.overview.CycleOverview;
import org.unoda.poa.reporting.overview.CycleProgress;
import org.unoda.poa.reporting.overview.StateProgress;
import org.unoda.poa.reporting.template.Templates;

/**
 * The secretariat's reporting cycles: opening one, extending its deadline, and following it
 * State by State and group by group, as tables, bar charts and a world map.
 */
@Controller
@RequestMapping("/reporting/cycles")
class CycleController {

	static final String VIEW_FORM = "reporting/cycle-form";

	static final String VIEW_OVERVIEW = "reporting/cycle";

	private final ReportingCycles cycles;

	private final CycleOverview overview;

	private final Templates templates;

	private final WorldMap map;

	CycleController(ReportingCycles cycles, CycleOverview overview, Templates templates, WorldMap map) {
		this.cycles = cycles;
		this.overview = overview;
		this.templates = templates;
		this.map = map;
	}

	@GetMapping("/new")
	String initForm(Model model) {
		LocalDate today = this.cycles.today();
		model.addAttribute("cycleForm", new CycleForm("", null, today, today.plusMonths(4), "30, 14, 7, 1"));
		return showForm(model);
	}

	@PostMapping("/new")
	String processForm(@Valid @ModelAttribute("cycleForm") CycleForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		List<Integer> days = form.reminderDayList(result);
		if (result.hasErrors()) {
			return showForm(model);
		}
		try {
			ReportingCycle cycle = this.cycles.open(form.title().strip(), form.templateId(), form.opensOn(),
					form.deadline(), days);
			redirect.addFlashAttribute("flashMessage", "cycle.opened");
			return "redirect:/reporting/cycles/" + cycle.getId();
		}
		catch (FieldRejectedException ex) {
			result.rejectValue(ex.field(), ex.messageKey(), ex.arguments(), null);
			return showForm(model);
		}
	}

	@GetMapping("/{id}")
	String show(@PathVariable Long id, Model model) {
		CycleProgress progress = this.overview.of(id);
		model.addAttribute("progress", progress);
		model.addAttribute("cycle", progress.cycle());
		model.addAttribute("template", this.templates.get(progress.cycle().getTemplateId()));
		model.addAttribute("phase", progress.cycle().phaseOn(this.cycles.today()));
		Map<String, StateProgress> byNumeric = progress.states()
			.stream()
			.collect(Collectors.toMap((p) -> p.state().getNumeric(), Function.identity()));
		model.addAttribute("byNumeric", byNumeric);
		model.addAttribute("shapes", this.map.shapes());
		return VIEW_OVERVIEW;
	}

	@PostMapping("/{id}/deadline")
	String extend(@PathVariable Long id, @RequestParam long version,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline,
			RedirectAttributes redirect) {
		try {
			if (deadline == null) {
				throw new FieldRejectedException("deadline", "cycle.deadline.required");
			}
			this.cycles.extendDeadline(id, version, deadline);
			redirect.addFlashAttribute("flashMessage", "cycle.extended");
		}
		catch (FieldRejectedException ex) {
			redirect.addFlashAttribute("flashError", ex.messageKey());
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("flashError", "cycle.changedMeanwhile");
		}
		return "redirect:/reporting/cycles/" + id;
	}

	@PostMapping("/{id}/reminders")
	String changeReminders(@PathVariable Long id, @RequestParam long version,
			@RequestParam(defaultValue = "") String reminderDays, RedirectAttributes redirect) {
		try {
			this.cycles.changeReminders(id, version, days(reminderDays));
			redirect.addFlashAttribute("flashMessage", "cycle.remindersChanged");
		}
		catch (NumberFormatException ex) {
			redirect.addFlashAttribute("flashError", "cycle.reminderDays.invalid");
		}
		catch (FieldRejectedException ex) {
			redirect.addFlashAttribute("flashError", ex.messageKey());
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("flashError", "cycle.changedMeanwhile");
		}
		return "redirect:/reporting/cycles/" + id;
	}

	/**
	 * Numbers of days written with commas, semicolons or spaces between them.
	 * @throws NumberFormatException when one is not a whole number
	 */
	static List<Integer> days(String text) {
		return Arrays.stream((text != null) ? text.split("[,;\\s]+") : new String[0])
			.filter((s) -> !s.isBlank())
			.map(Integer::valueOf)
			.toList();
	}

	private String showForm(Model model) {
		model.addAttribute("templates", this.templates.published());
		return VIEW_FORM;
	}

	/**
	 * The form that opens a cycle.
	 *
	 * @param title the cycle's title
	 * @param templateId the published template edition
	 * @param opensOn the first day of filing
	 * @param deadline the last day
	 * @param reminderDays days before the deadline to remind, separated by commas
	 */
	record CycleForm(@NotBlank @Size(max = 200) String title, @NotNull Long templateId,
			@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate opensOn,
			@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline, String reminderDays) {

		List<Integer> reminderDayList(BindingResult result) {
			try {
				return days(this.reminderDays);
			}
			catch (NumberFormatException ex) {
				result.rejectValue("reminderDays", "cycle.reminderDays.invalid");
				return List.of();
			}
		}

	}

}
