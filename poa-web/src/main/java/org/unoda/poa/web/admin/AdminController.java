package org.unoda.poa.web.admin;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.unoda.poa.core.user.UserAdministration;

/**
 * The administrators' dashboard.
 */
@Controller
class AdminController {

	static final String VIEW = "admin/index";

	private final UserAdministration administration;

	AdminController(UserAdministration administration) {
		this.administration = administration;
	}

	@GetMapping("/admin")
	String dashboard(Model model) {
		model.addAttribute("accountsPerRole", this.administration.accountsPerRole());
		return VIEW;
	}

}
