package org.unoda.poa.web.report;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DirectFieldBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.unoda.poa.core.FieldRejectedException;
import org.unoda.poa.core.NotFoundException;
import org.unoda.poa.core.framework.Norm;
import org.unoda.poa.core.framework.Pillar;
import org.unoda.poa.reporting.template.QuestionDetails;
import org.unoda.poa.reporting.template.QuestionType;
import org.unoda.poa.reporting.template.Questionnaire;
import org.unoda.poa.reporting.template.SectionDetails;
import org.unoda.poa.reporting.template.TemplateChangeRefusedException;
import org.unoda.poa.reporting.template.TemplateEditing;
import org.unoda.poa.reporting.template.Templates;
import org.unoda.poa.web.layout.EditConflict;

/**
 * The secretariat's templates: every edition, a draft edited in the browser (sections and
 * questions added, changed, moved, removed) and published, after which it never changes. A
 * new edition starts as a copy of the last.
 */
@Controller
@RequestMapping("/reporting/templates")
class TemplateController {

	static final String VIEW_LIST = "reporting/templates";

	static final String VIEW_TEMPLATE = "reporting/template";

	static final String VIEW_SECTION_FORM = "reporting/section-form";

	static final String VIEW_QUESTION_FORM = "reporting/question-form";

	private final Templates templates;

	private final TemplateEditing editing;

	TemplateController(Templates templates, TemplateEditing editing) {
		this.templates = templates;
		this.editing = editing;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("templates", this.templates.list());
		return VIEW_LIST;
	}

	@GetMapping("/{id}")
	String show(@PathVariable Long id, Model model) {
		model.addAttribute("template", this.templates.get(id));
		return VIEW_TEMPLATE;
	}

	@PostMapping("/{id}/next-edition")
	String nextEdition(@PathVariable Long id, RedirectAttributes redirect) {
		try {
			Long draft = this.editing.startNextEdition(id);
			redirect.addFlashAttribute("flashMessage", "template.draftStarted");
			return "redirect:/reporting/templates/" + draft;
		}
		catch (TemplateChangeRefusedException ex) {
			redirect.addFlashAttribute("flashError", ex.messageKey());
			return "redirect:/reporting/templates/" + id;
		}
	}

	@PostMapping("/{id}/publish")
	String publish(@PathVariable Long id, @RequestParam long version, RedirectAttributes redirect) {
		return change(id, redirect, "template.published", () -> this.editing.publish(id, version));
	}

	@PostMapping("/{id}/sections/{sectionId}/move")
	String moveSection(@PathVariable Long id, @PathVariable Long sectionId, @RequestParam long version,
			@RequestParam int offset, RedirectAttributes redirect) {
		return change(id, redirect, "template.changed",
				() -> this.editing.moveSection(id, version, sectionId, Integer.signum(offset)));
	}

	@PostMapping("/{id}/sections/{sectionId}/delete")
	String removeSection(@PathVariable Long id, @PathVariable Long sectionId, @RequestParam long version,
			RedirectAttributes redirect) {
		return change(id, redirect, "template.changed", () -> this.editing.removeSection(id, version, sectionId));
	}

	@PostMapping("/{id}/questions/{questionId}/move")
	String moveQuestion(@PathVariable Long id, @PathVariable Long questionId, @RequestParam long version,
			@RequestParam int offset, RedirectAttributes redirect) {
		return change(id, redirect, "template.changed",
				() -> this.editing.moveQuestion(id, version, questionId, Integer.signum(offset)));
	}

	@PostMapping("/{id}/questions/{questionId}/delete")
	String removeQuestion(@PathVariable Long id, @PathVariable Long questionId, @RequestParam long version,
			RedirectAttributes redirect) {
		return change(id, redirect, "template.changed", () -> this.editing.removeQuestion(id, version, questionId));
	}

	@GetMapping("/{id}/sections/new")
	String newSection(@PathVariable Long id, Model model) {
		Questionnaire template = draft(id);
		model.addAttribute("sectionForm", new SectionForm("", "", "", Pillar.NORMS, template.version()));
		return showSectionForm(model, template, null);
	}

	@PostMapping("/{id}/sections/new")
	String addSection(@PathVariable Long id, @Valid @ModelAttribute("sectionForm") SectionForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		return saveSection(id, null, form, result, model, redirect);
	}

	@GetMapping("/{id}/sections/{sectionId}/edit")
	String editSection(@PathVariable Long id, @PathVariable Long sectionId, Model model) {
		Questionnaire template = draft(id);
		Questionnaire.Section section = section(template, sectionId);
		model.addAttribute("sectionForm", new SectionForm(section.code(), section.title(), section.description(),
				section.pillar(), template.version()));
		return showSectionForm(model, template, section);
	}

	@PostMapping("/{id}/sections/{sectionId}/edit")
	String changeSection(@PathVariable Long id, @PathVariable Long sectionId,
			@Valid @ModelAttribute("sectionForm") SectionForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return saveSection(id, sectionId, form, result, model, redirect);
	}

	@GetMapping("/{id}/sections/{sectionId}/questions/new")
	String newQuestion(@PathVariable Long id, @PathVariable Long sectionId, Model model) {
		Questionnaire template = draft(id);
		Questionnaire.Section section = section(template, sectionId);
		model.addAttribute("questionForm", new QuestionForm("", QuestionType.YES_PARTLY_NO, "", "", false,
				section.pillar(), null, "", false, template.version()));
		return showQuestionForm(model, template, section, null);
	}

	@PostMapping("/{id}/sections/{sectionId}/questions/new")
	String addQuestion(@PathVariable Long id, @PathVariable Long sectionId,
			@Valid @ModelAttribute("questionForm") QuestionForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return saveQuestion(id, sectionId, null, form, result, model, redirect);
	}

	@GetMapping("/{id}/questions/{questionId}/edit")
	String editQuestion(@PathVariable Long id, @PathVariable Long questionId, Model model) {
		Questionnaire template = draft(id);
		Questionnaire.Question question = question(template, questionId);
		model.addAttribute("questionForm", QuestionForm.of(question, template.version()));
		return showQuestionForm(model, template, section(template, question.sectionId()), question);
	}

	@PostMapping("/{id}/questions/{questionId}/edit")
	String changeQuestion(@PathVariable Long id, @PathVariable Long questionId,
			@Valid @ModelAttribute("questionForm") QuestionForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Questionnaire.Question question = question(draft(id), questionId);
		return saveQuestion(id, question.sectionId(), questionId, form, result, model, redirect);
	}

	private String saveSection(Long id, Long sectionId, SectionForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Questionnaire template = draft(id);
		Questionnaire.Section section = (sectionId != null) ? section(template, sectionId) : null;
		if (result.hasErrors()) {
			return showSectionForm(model, template, section);
		}
		SectionDetails details = new SectionDetails(form.code().strip(), form.title().strip(), form.description(),
				form.pillar());
		try {
			if (sectionId == null) {
				this.editing.addSection(id, form.version(), details);
			}
			else {
				this.editing.changeSection(id, form.version(), sectionId, details);
			}
		}
		catch (FieldRejectedException ex) {
			result.rejectValue(ex.field(), ex.messageKey(), ex.arguments(), null);
			return showSectionForm(model, template, section);
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			// shown again on top of the current draft, so saving it now applies the change
			Questionnaire current = this.templates.get(id);
			SectionForm yours = new SectionForm(form.code(), form.title(), form.description(), form.pillar(),
					current.version());
			if (sectionId != null) {
				showBothVersions(model, "sectionForm", yours, id,
						SectionForm.of(section(current, sectionId), current.version()).fields(), yours.fields());
			}
			else {
				changedMeanwhile(model, "sectionForm", yours);
			}
			return showSectionForm(model, current, (sectionId != null) ? section(current, sectionId) : null);
		}
		redirect.addFlashAttribute("flashMessage", "template.changed");
		return "redirect:/reporting/templates/" + id;
	}

	private String saveQuestion(Long id, Long sectionId, Long questionId, QuestionForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		Questionnaire template = draft(id);
		Questionnaire.Section section = section(template, sectionId);
		Questionnaire.Question question = (questionId != null) ? question(template, questionId) : null;
		if (result.hasErrors()) {
			return showQuestionForm(model, template, section, question);
		}
		try {
			QuestionDetails details = new QuestionDetails(form.code().strip(), form.type(), form.text().strip(),
					form.guidance(), Boolean.TRUE.equals(form.optional()), form.pillar(), form.norm(),
					TemplateEditing.options(form.type(), form.options()), Boolean.TRUE.equals(form.capacityNeed()));
			if (questionId == null) {
				this.editing.addQuestion(id, form.version(), sectionId, details);
			}
			else {
				this.editing.changeQuestion(id, form.version(), questionId, details);
			}
		}
		catch (FieldRejectedException ex) {
			result.rejectValue(ex.field(), ex.messageKey(), ex.arguments(), null);
			return showQuestionForm(model, template, section, question);
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			// shown again on top of the current draft, so saving it now applies the change
			Questionnaire current = this.templates.get(id);
			QuestionForm yours = new QuestionForm(form.code(), form.type(), form.text(), form.guidance(),
					form.optional(), form.pillar(), form.norm(), form.options(), form.capacityNeed(), current.version());
			if (questionId != null) {
				showBothVersions(model, "questionForm", yours, id,
						QuestionForm.of(question(current, questionId), current.version()).fields(), yours.fields());
			}
			else {
				changedMeanwhile(model, "questionForm", yours);
			}
			return showQuestionForm(model, current, section(current, sectionId),
					(questionId != null) ? question(current, questionId) : null);
		}
		redirect.addFlashAttribute("flashMessage", "template.changed");
		return "redirect:/reporting/templates/" + id + "#section-" + sectionId;
	}

	/**
	 * Shows the user's form again with the draft's current version and a message, so that
	 * saving it once more applies their change on top of the other editor's.
	 */
	private static void changedMeanwhile(Model model, String name, Object form) {
		BindingResult result = new DirectFieldBindingResult(form, name);
		result.reject("template.changedMeanwhile");
		model.addAttribute(name, form);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + name, result);
	}

	/**
	 * The section or question as saved and as the editor typed it, side by side, the form on top
	 * of the draft's current version so that saving it keeps the editor's.
	 */
	private void showBothVersions(Model model, String name, Object form, Long templateId,
			List<EditConflict.Field> saved, List<EditConflict.Field> yours) {
		model.addAttribute(name, form);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + name, new DirectFieldBindingResult(form, name));
		TemplateEditing.LastSaved last = this.editing.lastSaved(templateId);
		model.addAttribute("conflict", EditConflict.between(last.by(), last.at(), saved, yours));
	}

	private String change(Long id, RedirectAttributes redirect, String done, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("flashMessage", done);
		}
		catch (TemplateChangeRefusedException ex) {
			redirect.addFlashAttribute("flashError", ex.messageKey());
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("flashError", "template.changedMeanwhile");
		}
		return "redirect:/reporting/templates/" + id;
	}

	private Questionnaire draft(Long id) {
		Questionnaire template = this.templates.get(id);
		if (template.isPublished()) {
			throw new NotFoundException("draft template", id);
		}
		return template;
	}

	private static Questionnaire.Section section(Questionnaire template, Long sectionId) {
		return template.section(sectionId).orElseThrow(() -> new NotFoundException("section", sectionId));
	}

	private static Questionnaire.Question question(Questionnaire template, Long questionId) {
		Questionnaire.Question question = template.questionsById().get(questionId);
		if (question == null) {
			throw new NotFoundException("question", questionId);
		}
		return question;
	}

	private String showSectionForm(Model model, Questionnaire template, Questionnaire.Section section) {
		model.addAttribute("template", template);
		model.addAttribute("section", section);
		model.addAttribute("pillars", Pillar.values());
		return VIEW_SECTION_FORM;
	}

	private String showQuestionForm(Model model, Questionnaire template, Questionnaire.Section section,
			Questionnaire.Question question) {
		model.addAttribute("template", template);
		model.addAttribute("section", section);
		model.addAttribute("question", question);
		model.addAttribute("pillars", Pillar.values());
		model.addAttribute("norms", Norm.values());
		model.addAttribute("types", QuestionType.values());
		return VIEW_QUESTION_FORM;
	}

	/**
	 * A section as the form edits it.
	 *
	 * @param code the stable code
	 * @param title the title
	 * @param description the introduction
	 * @param pillar the pillar
	 * @param version the template version the form was loaded from
	 */
	record SectionForm(@NotBlank @Pattern(regexp = "[A-Z0-9][A-Z0-9-]*") @Size(max = 40) String code,
			@NotBlank @Size(max = 300) String title, @Size(max = 4000) String description, @NotNull Pillar pillar,
			long version) {

		static SectionForm of(Questionnaire.Section section, long version) {
			return new SectionForm(section.code(), section.title(), section.description(), section.pillar(), version);
		}

		List<EditConflict.Field> fields() {
			return List.of(EditConflict.Field.text("template.code", this.code),
					EditConflict.Field.text("template.title", this.title),
					EditConflict.Field.text("template.description", this.description),
					EditConflict.Field.choice("template.pillar", this.pillar.messageKey()));
		}

	}

	/**
	 * A question as the form edits it.
	 *
	 * @param code the stable code
	 * @param type the kind of answer
	 * @param text the question
	 * @param guidance what to include
	 * @param optional whether it may be left out
	 * @param pillar the pillar
	 * @param norm the norm, if the question is about one
	 * @param options the options, one per line, for choice questions
	 * @param capacityNeed whether answers describe capacity-building needs
	 * @param version the template version the form was loaded from
	 */
	record QuestionForm(@NotBlank @Pattern(regexp = "[A-Z0-9][A-Z0-9.-]*") @Size(max = 40) String code,
			@NotNull QuestionType type, @NotBlank @Size(max = 2000) String text, @Size(max = 4000) String guidance,
			Boolean optional, @NotNull Pillar pillar, Norm norm, @Size(max = 4000) String options,
			Boolean capacityNeed, long version) {

		static QuestionForm of(Questionnaire.Question question, long version) {
			String options = String.join("\n",
					question.options().stream().map((o) -> o.code() + "=" + o.label()).toList());
			return new QuestionForm(question.code(), question.type(), question.text(), question.guidance(),
					question.optional(), question.pillar(), question.norm(), options, question.capacityNeed(), version);
		}

		List<EditConflict.Field> fields() {
			return List.of(EditConflict.Field.text("template.code", this.code),
					EditConflict.Field.choice("template.type", this.type.messageKey()),
					EditConflict.Field.text("template.questionText", this.text),
					EditConflict.Field.text("template.guidance", this.guidance),
					EditConflict.Field.text("template.options", this.options),
					EditConflict.Field.choice("template.pillar", this.pillar.messageKey()),
					EditConflict.Field.choice("template.norm", (this.norm != null) ? this.norm.messageKey() : "template.norm.none"),
					EditConflict.Field.choice("template.optional", Boolean.TRUE.equals(this.optional) ? "common.yes" : "common.no"),
					EditConflict.Field.choice("template.capacityNeed",
							Boolean.TRUE.equals(this.capacityNeed) ? "common.yes" : "common.no"));
		}

	}

}
