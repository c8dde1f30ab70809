package org.unoda.poa.web.audit;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.unoda.poa.web.audit.AuditTrail.AuditFilter;

/**
 * The audit trail for the secretariat and administrators: read and filter, never change.
 */
@Controller
class AuditController {

	static final String VIEW = "audit/trail";

	private final AuditTrail trail;

	AuditController(AuditTrail trail) {
		this.trail = trail;
	}

	@GetMapping("/audit")
	String trail(@RequestParam(name = "kind", required = false) AuditKind kind,
			@RequestParam(name = "id", required = false) Long rowId,
			@RequestParam(name = "person", required = false) String person,
			@RequestParam(name = "from", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(name = "to", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(name = "page", defaultValue = "0") int page, Model model) {
		AuditFilter filter = new AuditFilter(kind, rowId, person, from, to);
		model.addAttribute("filter", filter);
		model.addAttribute("kinds", AuditKind.values());
		model.addAttribute("trail", this.trail.search(filter, page));
		return VIEW;
	}

}
