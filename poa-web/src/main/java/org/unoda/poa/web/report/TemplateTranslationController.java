package org.unoda.poa.web.report;

import java.util.Map;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.unoda.poa.core.NotFoundException;
import org.unoda.poa.core.language.OfficialLanguages;
import org.unoda.poa.reporting.template.Questionnaire;
import org.unoda.poa.reporting.template.TemplateEditing;
import org.unoda.poa.reporting.template.Templates;

/**
 * The secretariat translating a template edition into one official language: every text of
 * the edition beside a field for its translation, saved in one go. Delegations then read
 * each part of the form in their language once all its texts are translated.
 */
@Controller
@RequestMapping("/reporting/templates/{id}/translations/{language}")
class TemplateTranslationController {

	static final String VIEW = "reporting/translation";

	private final Templates templates;

	private final TemplateEditing editing;

	TemplateTranslationController(Templates templates, TemplateEditing editing) {
		this.templates = templates;
		this.editing = editing;
	}

	@GetMapping
	String show(@PathVariable Long id, @PathVariable String language, Model model) {
		Questionnaire template = translatable(id, language);
		return show(model, template, language, template.translationInto(language), template.version());
	}

	@PostMapping
	String save(@PathVariable Long id, @PathVariable String language, @RequestParam long version,
			@RequestParam Map<String, String> texts, Model model, RedirectAttributes redirect) {
		translatable(id, language);
		try {
			this.editing.translate(id, version, language, texts);
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			Questionnaire current = this.templates.get(id);
			model.addAttribute("changedMeanwhile", true);
			return show(model, current, language, texts, current.version());
		}
		redirect.addFlashAttribute("flashMessage", "template.translation.saved");
		return "redirect:/reporting/templates/" + id + "#translations";
	}

	private Questionnaire translatable(Long id, String language) {
		Questionnaire template = this.templates.get(id);
		if (!OfficialLanguages.isOfficial(language) || language.equals(template.writtenIn())) {
			throw new NotFoundException("translation", language);
		}
		return template;
	}

	private static String show(Model model, Questionnaire template, String language, Map<String, String> texts,
			long version) {
		model.addAttribute("template", template);
		model.addAttribute("targetLanguage", language);
		model.addAttribute("texts", texts);
		model.addAttribute("version", version);
		return VIEW;
	}

}
