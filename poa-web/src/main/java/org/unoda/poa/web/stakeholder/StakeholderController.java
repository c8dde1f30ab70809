package org.unoda.poa.web.stakeholder;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.unoda.poa.core.FieldRejectedException;
import org.unoda.poa.core.user.Viewer;
import org.unoda.poa.meetings.accreditation.Accreditations;
import org.unoda.poa.meetings.accreditation.EcosocPath;
import org.unoda.poa.web.layout.Flash;

/**
 * Stakeholder participation by non-objection: the public list of accredited organisations;
 * an organisation's application; the secretariat's circulation and settings; the States'
 * view of circulated applications, where an approver may object.
 */
@Controller
class StakeholderController {

	static final String VIEW = "stakeholders/index";

	static final String VIEW_APPLY = "stakeholders/apply";

	static final String VIEW_APPLICATIONS = "stakeholders/applications";

	static final String VIEW_CIRCULATED = "stakeholders/circulated";

	static final String VIEW_APPLICATION = "stakeholders/application";

	private final Accreditations accreditations;

	StakeholderController(Accreditations accreditations) {
		this.accreditations = accreditations;
	}

	@GetMapping("/stakeholders")
	String stakeholders(Viewer viewer, Model model) {
		model.addAttribute("accredited", this.accreditations.accredited());
		model.addAttribute("objectedCount", this.accreditations.objectedCount());
		model.addAttribute("ownApplications", this.accreditations.ofOwnOrganisation(viewer));
		return VIEW;
	}

	@GetMapping("/stakeholders/apply")
	String applyForm() {
		return VIEW_APPLY;
	}

	@PostMapping("/stakeholders/apply")
	String apply(@RequestParam(defaultValue = "") String purpose, @RequestParam(defaultValue = "") String activities,
			@RequestParam(defaultValue = "") String relevance, Viewer viewer, Model model,
			RedirectAttributes redirect) {
		try {
			this.accreditations.apply(viewer, purpose, activities, relevance);
		}
		catch (FieldRejectedException ex) {
			model.addAttribute("errorField", ex.field());
			model.addAttribute("errorKey", ex.messageKey());
			model.addAttribute("purpose", purpose);
			model.addAttribute("activities", activities);
			model.addAttribute("relevance", relevance);
			return VIEW_APPLY;
		}
		redirect.addFlashAttribute("flashMessage", "accreditation.applied");
		return "redirect:/stakeholders";
	}

	@GetMapping("/stakeholders/applications")
	String applications(Model model) {
		model.addAttribute("applications", this.accreditations.all());
		model.addAttribute("settings", this.accreditations.settings());
		model.addAttribute("ecosocPaths", EcosocPath.values());
		return VIEW_APPLICATIONS;
	}

	@GetMapping("/stakeholders/applications/{id}")
	String application(@PathVariable Long id, Model model) {
		model.addAttribute("accreditationApplication", this.accreditations.find(id));
		model.addAttribute("objections", this.accreditations.objections(id));
		model.addAttribute("history", this.accreditations.history(id));
		return VIEW_APPLICATION;
	}

	@PostMapping("/stakeholders/applications/{id}/circulate")
	String circulate(@PathVariable Long id, @RequestParam long version, Viewer viewer, RedirectAttributes redirect) {
		Flash.apply(redirect, "accreditation.circulated", () -> this.accreditations.circulate(viewer, id, version));
		return "redirect:/stakeholders/applications";
	}

	@PostMapping("/stakeholders/settings")
	String changeSettings(@RequestParam long version, @RequestParam int objectionDays,
			@RequestParam EcosocPath ecosocPath, @RequestParam int ecosocObjectionDays, RedirectAttributes redirect) {
		Flash.apply(redirect, "accreditation.settingsChanged",
				() -> this.accreditations.changeSettings(version, objectionDays, ecosocPath, ecosocObjectionDays));
		return "redirect:/stakeholders/applications#settings";
	}

	@GetMapping("/stakeholders/circulated")
	String circulated(Viewer viewer, Model model) {
		model.addAttribute("applications", this.accreditations.circulated(viewer));
		model.addAttribute("objectedByOwnState", this.accreditations.objectedByOwnState(viewer));
		model.addAttribute("canObject", viewer.isApproverOf(viewer.stateId()));
		return VIEW_CIRCULATED;
	}

	@PostMapping("/stakeholders/circulated/{id}/object")
	String object(@PathVariable Long id, @RequestParam(defaultValue = "") String reason, Viewer viewer,
			RedirectAttributes redirect) {
		Flash.apply(redirect, "accreditation.objected", () -> this.accreditations.object(viewer, id, reason));
		return "redirect:/stakeholders/circulated#application-" + id;
	}

}
