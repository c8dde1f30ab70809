package org.unoda.poa.web.capacity;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.unoda.poa.core.FieldRejectedException;
import org.unoda.poa.core.user.Role;
import org.unoda.poa.core.user.UserAccount;
import org.unoda.poa.core.user.UserAccountRepository;
import org.unoda.poa.core.user.Viewer;
import org.unoda.poa.reporting.capacity.CapacityMatch;
import org.unoda.poa.reporting.capacity.CapacityMatching;
import org.unoda.poa.reporting.capacity.CapacityOffer;
import org.unoda.poa.reporting.capacity.MatchStatus;
import org.unoda.poa.web.layout.Flash;

/**
 * Matches: the secretariat confirms one, which puts the parties in contact, and records its
 * outcome; the parties read it with each other's contacts.
 */
@Controller
class MatchController {

	static final String VIEW = "capacity/match";

	private final CapacityMatching matching;

	private final UserAccountRepository accounts;

	MatchController(CapacityMatching matching, UserAccountRepository accounts) {
		this.matching = matching;
		this.accounts = accounts;
	}

	@PostMapping("/capacity/matches")
	String confirm(@RequestParam Long needId, @RequestParam Long offerId, @RequestParam(defaultValue = "") String note,
			RedirectAttributes redirect) {
		try {
			CapacityMatch match = this.matching.confirm(needId, offerId, note);
			redirect.addFlashAttribute("flashMessage", "capacity.matchConfirmed");
			return "redirect:/capacity/matches/" + match.getId();
		}
		catch (FieldRejectedException ex) {
			redirect.addFlashAttribute("flashError", ex.messageKey());
			redirect.addFlashAttribute("flashErrorArgs", ex.arguments());
			return "redirect:/capacity/needs/" + needId;
		}
	}

	@GetMapping("/capacity/matches/{id}")
	String match(@PathVariable Long id, Viewer viewer, Model model) {
		CapacityMatch match = this.matching.find(viewer, id);
		model.addAttribute("match", match);
		model.addAttribute("needContacts", delegatesOf(match.getNeed().getState().getId()));
		model.addAttribute("offerContacts", contactsOf(match.getOffer()));
		model.addAttribute("secretariat", viewer.isSecretariatOrAdmin());
		model.addAttribute("outcomes", match.getStatus().next().stream().sorted().toList());
		return VIEW;
	}

	@PostMapping("/capacity/matches/{id}/outcome")
	String record(@PathVariable Long id, @RequestParam long version, @RequestParam(required = false) MatchStatus status,
			@RequestParam(defaultValue = "") String outcomeNote, RedirectAttributes redirect) {
		Flash.apply(redirect, "capacity.outcomeRecorded", () -> this.matching.record(id, version, status, outcomeNote));
		return "redirect:/capacity/matches/" + id;
	}

	private List<UserAccount> contactsOf(CapacityOffer offer) {
		List<UserAccount> contacts = new ArrayList<>();
		offer.getState().ifPresent((state) -> contacts.addAll(delegatesOf(state.getId())));
		offer.getOrganisation()
			.ifPresent((organisation) -> contacts.addAll(this.accounts.findActiveByOrganisationId(organisation.getId())));
		return contacts;
	}

	private List<UserAccount> delegatesOf(Long stateId) {
		return this.accounts.findActiveByStateId(stateId)
			.stream()
			.filter((user) -> user.getRole() == Role.DELEGATE)
			.toList();
	}

}
