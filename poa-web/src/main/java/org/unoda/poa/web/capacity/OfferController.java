package org.unoda.poa.web.capacity;

import java.util.Locale;

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
import org.unoda.poa.core.user.Viewer;
import org.unoda.poa.reporting.capacity.CapacityOffer;
import org.unoda.poa.reporting.capacity.CapacityOffers;
import org.unoda.poa.web.layout.Flash;
import org.unoda.poa.web.layout.UnLanguage;
import org.unoda.poa.web.layout.EditConflict;

/**
 * Offers of assistance, declared, changed and withdrawn by those who speak for the provider:
 * a State's delegates, an organisation's representatives, the secretariat.
 */
@Controller
class OfferController {

	static final String VIEW = "capacity/offer";

	static final String VIEW_FORM = "capacity/offer-form";

	private final CapacityOffers offers;

	OfferController(CapacityOffers offers) {
		this.offers = offers;
	}

	@GetMapping("/capacity/offers/new")
	String newOffer(Viewer viewer, Locale locale, Model model) {
		if (!this.offers.mayOffer(viewer)) {
			throw new AccessDeniedException("only States, accredited organisations and the secretariat offer");
		}
		OfferForm form = new OfferForm();
		UnLanguage.of(locale).ifPresent((language) -> form.getLanguages().set(0, language.getCode()));
		model.addAttribute("offerForm", form);
		CapacityChoices.addTo(model);
		return VIEW_FORM;
	}

	@PostMapping("/capacity/offers")
	String declare(@ModelAttribute("offerForm") OfferForm form, BindingResult result, Viewer viewer, Model model,
			RedirectAttributes redirect) {
		try {
			CapacityOffer offer = this.offers.declare(viewer, form.details());
			redirect.addFlashAttribute("flashMessage", "capacity.offerDeclared");
			return "redirect:/capacity/offers/" + offer.getId();
		}
		catch (FieldRejectedException ex) {
			CapacityChoices.reject(result, ex);
			CapacityChoices.addTo(model);
			return VIEW_FORM;
		}
	}

	@GetMapping("/capacity/offers/{id}")
	String offer(@PathVariable Long id, Viewer viewer, Model model) {
		CapacityOffer offer = this.offers.find(viewer, id);
		model.addAttribute("offer", offer);
		model.addAttribute("canChange", this.offers.mayChange(viewer, offer));
		return VIEW;
	}

	@GetMapping("/capacity/offers/{id}/edit")
	String edit(@PathVariable Long id, Viewer viewer, Model model) {
		CapacityOffer offer = this.offers.find(viewer, id);
		if (!this.offers.mayChange(viewer, offer)) {
			throw new AccessDeniedException("only the provider changes its offer");
		}
		model.addAttribute("offer", offer);
		model.addAttribute("offerForm", OfferForm.of(offer));
		CapacityChoices.addTo(model);
		return VIEW_FORM;
	}

	@PostMapping("/capacity/offers/{id}")
	String change(@PathVariable Long id, @ModelAttribute("offerForm") OfferForm form, BindingResult result,
			Viewer viewer, Model model, RedirectAttributes redirect) {
		try {
			this.offers.change(viewer, id, form.getVersion(), form.details());
			redirect.addFlashAttribute("flashMessage", "capacity.offerChanged");
			return "redirect:/capacity/offers/" + id;
		}
		catch (FieldRejectedException ex) {
			CapacityChoices.reject(result, ex);
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			// both versions side by side; the form keeps the typed values on top of the saved version
			var saved = this.offers.find(viewer, id);
			model.addAttribute("conflict", EditConflict.between(saved.getUpdatedBy(), saved.getUpdatedAt(),
					OfferForm.of(saved).fields(), form.fields()));
			form.setVersion(saved.getVersion());
		}
		model.addAttribute("offer", this.offers.find(viewer, id));
		CapacityChoices.addTo(model);
		return VIEW_FORM;
	}

	@PostMapping("/capacity/offers/{id}/withdraw")
	String withdraw(@PathVariable Long id, @RequestParam long version, Viewer viewer, RedirectAttributes redirect) {
		Flash.apply(redirect, "capacity.offerWithdrawn", () -> this.offers.withdraw(viewer, id, version));
		return "redirect:/capacity/offers/" + id;
	}

}
