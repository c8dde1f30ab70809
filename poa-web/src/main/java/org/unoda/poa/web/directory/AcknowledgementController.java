package org.unoda.poa.web.directory;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.unoda.poa.core.communication.AcknowledgementRefusedException;
import org.unoda.poa.core.communication.CommunicationChecks;

/**
 * Where a Point of Contact lands from a communication check's e-mail, without signing in.
 * Opening the link shows a button; only pressing it acknowledges, because mail security
 * scanners open links too and must not answer on the contact's behalf.
 */
@Controller
@RequestMapping("/acknowledge/{token}")
class AcknowledgementController {

	static final String VIEW_CONFIRM = "acknowledge/confirm";

	static final String VIEW_DONE = "acknowledge/done";

	static final String VIEW_REFUSED = "acknowledge/refused";

	private final CommunicationChecks checks;

	AcknowledgementController(CommunicationChecks checks) {
		this.checks = checks;
	}

	@GetMapping
	String show(@PathVariable String token, Model model, HttpServletResponse response) {
		try {
			model.addAttribute("message", this.checks.messageForLink(token));
			model.addAttribute("token", token);
			return VIEW_CONFIRM;
		}
		catch (AcknowledgementRefusedException ex) {
			return refused(ex, model, response);
		}
	}

	@PostMapping
	String acknowledge(@PathVariable String token, Model model, HttpServletResponse response) {
		try {
			model.addAttribute("message", this.checks.acknowledge(token));
			return VIEW_DONE;
		}
		catch (AcknowledgementRefusedException ex) {
			return refused(ex, model, response);
		}
	}

	private static String refused(AcknowledgementRefusedException ex, Model model, HttpServletResponse response) {
		response.setStatus(ex.isExpired() ? HttpStatus.GONE.value() : HttpStatus.NOT_FOUND.value());
		model.addAttribute("expired", ex.isExpired());
		return VIEW_REFUSED;
	}

}
