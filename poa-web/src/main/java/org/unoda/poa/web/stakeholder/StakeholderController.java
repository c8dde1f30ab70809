package org.unoda.poa.web.stakeholder;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.unoda.poa.core.organisation.Organisations;

/**
 * The organisations taking part. Accreditation by non-objection comes with its own issue.
 */
@Controller
class StakeholderController {

	static final String VIEW = "stakeholders/index";

	private final Organisations organisations;

	StakeholderController(Organisations organisations) {
		this.organisations = organisations;
	}

	@GetMapping("/stakeholders")
	String stakeholders(Model model) {
		model.addAttribute("organisations", this.organisations.all());
		return VIEW;
	}

}
