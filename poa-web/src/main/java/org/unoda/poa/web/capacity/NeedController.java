package org.unoda.poa.web.capacity;

import java.util.Locale;
import java.util.Set;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.unoda.poa.core.FieldRejectedException;
import org.unoda.poa.core.NotFoundException;
import org.unoda.poa.core.state.States;
import org.unoda.poa.core.user.Viewer;
import org.unoda.poa.reporting.capacity.CapacityMatching;
import org.unoda.poa.reporting.capacity.CapacityNeed;
import org.unoda.poa.reporting.capacity.CapacityNeeds;
import org.unoda.poa.web.layout.Flash;
import org.unoda.poa.web.layout.UnLanguage;
import org.unoda.poa.web.layout.EditConflict;

/**
 * A State's capacity-building needs: declared by hand or in one step from a submitted report,
 * changed and withdrawn by its delegates, read by whoever may.
 */
@Controller
class NeedController {

	static final String VIEW = "capacity/need";

	static final String VIEW_FORM = "capacity/need-form";

	static final String VIEW_FROM_REPORT = "capacity/from-report";

	private final CapacityNeeds needs;

	private final CapacityMatching matching;

	private final States states;

	NeedController(CapacityNeeds needs, CapacityMatching matching, States states) {
		this.needs = needs;
		this.matching = matching;
		this.states = states;
	}

	@GetMapping("/capacity/needs/new")
	String newNeed(Viewer viewer, Locale locale, Model model) {
		NeedForm form = new NeedForm();
		this.states.find(viewer.stateId()).flatMap((state) -> state.getRegionalGroup()).ifPresent(form::setRegion);
		UnLanguage.of(locale).ifPresent((language) -> form.setLanguage(language.getCode()));
		model.addAttribute("needForm", form);
		CapacityChoices.addTo(model);
		return VIEW_FORM;
	}

	@PostMapping("/capacity/needs")
	String declare(@ModelAttribute("needForm") NeedForm form, BindingResult result, Viewer viewer, Model model,
			RedirectAttributes redirect) {
		try {
			CapacityNeed need = this.needs.declare(viewer, form.details());
			redirect.addFlashAttribute("flashMessage", "capacity.needDeclared");
			return "redirect:/capacity/needs/" + need.getId();
		}
		catch (FieldRejectedException ex) {
			CapacityChoices.reject(result, ex);
			CapacityChoices.addTo(model);
			return VIEW_FORM;
		}
	}

	@GetMapping("/capacity/needs/{id}")
	String need(@PathVariable Long id, Viewer viewer, Model model) {
		CapacityNeed need = this.needs.find(viewer, id);
		model.addAttribute("need", need);
		model.addAttribute("canChange", viewer.representsState(need.getState().getId()));
		model.addAttribute("needMatches", this.matching.ofNeed(viewer, id));
		if (viewer.isSecretariatOrAdmin()) {
			model.addAttribute("suggestions", this.matching.suggestionsFor(id));
		}
		return VIEW;
	}

	@GetMapping("/capacity/needs/{id}/edit")
	String edit(@PathVariable Long id, Viewer viewer, Model model) {
		CapacityNeed need = this.needs.find(viewer, id);
		if (!viewer.representsState(need.getState().getId())) {
			throw new AccessDeniedException("only the State's delegates change its needs");
		}
		model.addAttribute("need", need);
		model.addAttribute("needForm", NeedForm.of(need));
		CapacityChoices.addTo(model);
		return VIEW_FORM;
	}

	@PostMapping("/capacity/needs/{id}")
	String change(@PathVariable Long id, @ModelAttribute("needForm") NeedForm form, BindingResult result,
			Viewer viewer, Model model, RedirectAttributes redirect) {
		try {
			this.needs.change(viewer, id, form.getVersion(), form.details());
			redirect.addFlashAttribute("flashMessage", "capacity.needChanged");
			return "redirect:/capacity/needs/" + id;
		}
		catch (FieldRejectedException ex) {
			CapacityChoices.reject(result, ex);
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			// both versions side by side; the form keeps the typed values on top of the saved version
			var saved = this.needs.find(viewer, id);
			model.addAttribute("conflict", EditConflict.between(saved.getUpdatedBy(), saved.getUpdatedAt(),
					NeedForm.of(saved).fields(), form.fields()));
			form.setVersion(saved.getVersion());
		}
		model.addAttribute("need", this.needs.find(viewer, id));
		CapacityChoices.addTo(model);
		return VIEW_FORM;
	}

	@PostMapping("/capacity/needs/{id}/withdraw")
	String withdraw(@PathVariable Long id, @RequestParam long version, Viewer viewer, RedirectAttributes redirect) {
		Flash.apply(redirect, "capacity.needWithdrawn", () -> this.needs.withdraw(viewer, id, version));
		return "redirect:/capacity/needs/" + id;
	}

	@GetMapping("/capacity/reports/{reportId}/needs")
	String fromReport(@PathVariable Long reportId, Viewer viewer, Model model) {
		try {
			model.addAttribute("drafts", this.needs.drafts(viewer, reportId));
		}
		catch (FieldRejectedException ex) {
			throw new NotFoundException("report", reportId);
		}
		model.addAttribute("reportId", reportId);
		return VIEW_FROM_REPORT;
	}

	@PostMapping("/capacity/reports/{reportId}/needs")
	String declareFromReport(@PathVariable Long reportId, @RequestParam(defaultValue = "") Set<String> keys,
			@RequestParam(defaultValue = "false") boolean published, Viewer viewer, RedirectAttributes redirect) {
		if (Flash.apply(redirect, "capacity.declaredFromReport",
				() -> this.needs.declareFromReport(viewer, reportId, keys, published))) {
			return "redirect:/capacity#own-needs";
		}
		return "redirect:/capacity/reports/" + reportId + "/needs";
	}

}
