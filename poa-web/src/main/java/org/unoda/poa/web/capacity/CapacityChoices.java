package org.unoda.poa.web.capacity;

import java.util.Arrays;

import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.unoda.poa.core.FieldRejectedException;
import org.unoda.poa.core.framework.Norm;
import org.unoda.poa.core.framework.Pillar;
import org.unoda.poa.core.state.RegionalGroup;
import org.unoda.poa.reporting.capacity.AssistanceForm;
import org.unoda.poa.reporting.capacity.CapacityTopic;
import org.unoda.poa.reporting.capacity.Urgency;
import org.unoda.poa.web.layout.UnLanguage;

/**
 * What the need and offer forms offer to choose from, and how they show a refused field.
 */
final class CapacityChoices {

	private CapacityChoices() {
	}

	static void addTo(Model model) {
		model.addAttribute("pillars", Pillar.values());
		model.addAttribute("norms", Norm.values());
		model.addAttribute("topics", CapacityTopic.values());
		model.addAttribute("forms", AssistanceForm.values());
		model.addAttribute("urgencies", Urgency.values());
		model.addAttribute("regions", RegionalGroup.values());
		model.addAttribute("unLanguages", Arrays.stream(UnLanguage.values()).map(UnLanguage::getCode).toList());
	}

	/**
	 * Shows a refusal next to the field it names.
	 */
	static void reject(BindingResult result, FieldRejectedException ex) {
		result.rejectValue(ex.field(), ex.messageKey(), ex.arguments(), ex.messageKey());
	}

}
