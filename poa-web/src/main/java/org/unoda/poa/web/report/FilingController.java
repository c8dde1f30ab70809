package org.unoda.poa.web.report;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.unoda.poa.core.FieldRejectedException;
import org.unoda.poa.core.NotFoundException;
import org.unoda.poa.core.file.RefusedUploadException;
import org.unoda.poa.core.file.Upload;
import org.unoda.poa.core.report.ReportAccessDeniedException;
import org.unoda.poa.core.report.ReportWorkflowException;
import org.unoda.poa.core.user.Viewer;
import org.unoda.poa.reporting.filing.AnswerValue;
import org.unoda.poa.reporting.filing.EditConflictException;
import org.unoda.poa.reporting.filing.Filing;
import org.unoda.poa.reporting.filing.ReportContent;
import org.unoda.poa.reporting.filing.ReportReading;
import org.unoda.poa.reporting.filing.SaveOutcome;
import org.unoda.poa.reporting.template.Questionnaire.Section;
import org.unoda.poa.web.layout.UnLanguage;

/**
 * A State's delegates filling in the report, one section per page. Answers are saved as they
 * are typed (the page's script posts the section with an {@code X-Autosave} header and gets
 * JSON back) and by the Save button, which works without script. A save based on an older
 * version of the section shows both versions instead of overwriting.
 */
@Controller
@RequestMapping("/reports/{id}/edit")
class FilingController {

	static final String VIEW_EDIT = "reports/edit";

	private final Filing filing;

	private final ReportReading reading;

	private final MessageSource messages;

	FilingController(Filing filing, ReportReading reading, MessageSource messages) {
		this.filing = filing;
		this.reading = reading;
		this.messages = messages;
	}

	@GetMapping
	String start(@PathVariable Long id, Viewer viewer, HttpServletRequest request, RedirectAttributes redirect) {
		ReportContent content = editable(id, viewer);
		// what the step that led here said (a revision started) is shown on the section it opens
		Map<String, ?> said = RequestContextUtils.getInputFlashMap(request);
		if (said != null) {
			said.forEach(redirect::addFlashAttribute);
		}
		return "redirect:/reports/" + id + "/edit/" + content.questionnaire().sections().get(0).id();
	}

	@GetMapping("/{sectionId}")
	String edit(@PathVariable Long id, @PathVariable Long sectionId, Viewer viewer, Model model) {
		ReportContent content = editable(id, viewer);
		Section section = section(content, sectionId);
		return show(model, content, section, SectionForm.of(content, section),
				content.section(sectionId).edits());
	}

	@PostMapping(path = "/{sectionId}", headers = "X-Autosave")
	@ResponseBody
	ResponseEntity<Object> autosave(@PathVariable Long id, @PathVariable Long sectionId,
			@RequestParam int baseEdits, @RequestParam MultiValueMap<String, String> parameters, Viewer viewer,
			Locale locale) {
		// Filing checks who may save and that the report is still a draft: nothing is read twice
		try {
			SaveOutcome outcome = this.filing.saveSection(viewer, id, sectionId, baseEdits,
					SectionForm.values(parameters));
			List<Map<String, String>> errors = outcome.rejected()
				.stream()
				.map((ex) -> Map.of("field", ex.field(), "message", message(ex, locale)))
				.toList();
			return ResponseEntity.ok(new Saved(outcome.edits(), outcome.savedAt(), outcome.completeness(), errors));
		}
		catch (EditConflictException ex) {
			return ResponseEntity.status(HttpStatus.CONFLICT)
				.body(Map.of("conflict", true, "savedBy", String.valueOf(ex.getSavedBy())));
		}
		catch (ReportWorkflowException ex) {
			// sent for review or submitted meanwhile: the page's script stops saving and says so
			return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("notEditable", true));
		}
	}

	@PostMapping("/{sectionId}")
	String save(@PathVariable Long id, @PathVariable Long sectionId, @RequestParam int baseEdits,
			@RequestParam(defaultValue = "stay") String then, @RequestParam MultiValueMap<String, String> parameters,
			Viewer viewer, Model model, RedirectAttributes redirect, Locale locale) {
		ReportContent content = editable(id, viewer);
		Section section = section(content, sectionId);
		SaveOutcome outcome;
		try {
			outcome = this.filing.saveSection(viewer, id, sectionId, baseEdits, SectionForm.values(parameters));
		}
		catch (EditConflictException ex) {
			model.addAttribute("conflict", ex);
			return show(model, content, section, SectionForm.sent(parameters), ex.getCurrentEdits());
		}
		if (!outcome.rejected().isEmpty()) {
			Map<String, String> fieldErrors = new java.util.LinkedHashMap<>();
			outcome.rejected().forEach((ex) -> fieldErrors.put(ex.field(), message(ex, locale)));
			model.addAttribute("fieldErrors", fieldErrors);
			ReportContent saved = editable(id, viewer);
			return show(model, saved, section, SectionForm.sent(parameters), outcome.edits());
		}
		redirect.addFlashAttribute("flashMessage", "filing.saved");
		return "redirect:/reports/" + id + "/edit/" + nextSectionId(content, section, then);
	}

	@PostMapping("/details")
	String describe(@PathVariable Long id, @RequestParam(defaultValue = "") String title,
			@RequestParam(defaultValue = "") String language, Viewer viewer, RedirectAttributes redirect) {
		editable(id, viewer);
		String cleanTitle = title.strip();
		if (cleanTitle.isEmpty() || cleanTitle.length() > 300) {
			redirect.addFlashAttribute("flashError", "filing.details.titleInvalid");
		}
		else if (UnLanguage.of(Locale.forLanguageTag(language)).isEmpty()) {
			redirect.addFlashAttribute("flashError", "filing.details.languageInvalid");
		}
		else {
			this.filing.describe(viewer, id, cleanTitle, language);
			redirect.addFlashAttribute("flashMessage", "filing.details.saved");
		}
		return "redirect:/reports/" + id;
	}

	@PostMapping("/{sectionId}/unchanged")
	String keepUnchanged(@PathVariable Long id, @PathVariable Long sectionId, @RequestParam int baseEdits,
			Viewer viewer, RedirectAttributes redirect) {
		try {
			this.filing.keepUnchanged(viewer, id, sectionId, baseEdits);
			redirect.addFlashAttribute("flashMessage", "filing.unchanged.done");
		}
		catch (EditConflictException ex) {
			redirect.addFlashAttribute("flashError", "filing.conflict.reload");
		}
		catch (ReportWorkflowException ex) {
			redirect.addFlashAttribute("flashError", ex.messageKey());
		}
		return "redirect:/reports/" + id + "/edit/" + sectionId;
	}

	@PostMapping("/{sectionId}/questions/{questionId}/attachments")
	String attach(@PathVariable Long id, @PathVariable Long sectionId, @PathVariable Long questionId,
			@RequestParam(name = "file", required = false) MultipartFile file, Viewer viewer,
			RedirectAttributes redirect, Locale locale) throws IOException {
		try {
			Upload upload = (file != null) ? new Upload(file.getOriginalFilename(), file.getBytes())
					: new Upload(null, null);
			this.filing.attach(viewer, id, questionId, upload);
			redirect.addFlashAttribute("flashMessage", "filing.attached");
		}
		catch (RefusedUploadException ex) {
			redirect.addFlashAttribute("uploadError",
					this.messages.getMessage(ex.messageKey(), ex.getArguments(), locale));
			redirect.addFlashAttribute("uploadQuestion", questionId);
		}
		return "redirect:/reports/" + id + "/edit/" + sectionId + "#q" + questionId;
	}

	@PostMapping("/{sectionId}/attachments/{attachmentId}/delete")
	String removeAttachment(@PathVariable Long id, @PathVariable Long sectionId, @PathVariable Long attachmentId,
			Viewer viewer, RedirectAttributes redirect) {
		this.filing.removeAttachment(viewer, id, attachmentId);
		redirect.addFlashAttribute("flashMessage", "filing.attachmentRemoved");
		return "redirect:/reports/" + id + "/edit/" + sectionId;
	}

	/**
	 * A report that is no longer a draft opens on its own page, which says why it cannot be
	 * changed.
	 */
	@ExceptionHandler(NotEditableException.class)
	String notEditable(NotEditableException ex, HttpServletRequest request) {
		RequestContextUtils.getOutputFlashMap(request).put("flashError", ex.messageKey());
		return "redirect:/reports/" + ex.reportId;
	}

	private String show(Model model, ReportContent content, Section section, SectionForm form, int baseEdits) {
		List<Section> sections = content.questionnaire().sections();
		int index = sections.indexOf(section);
		model.addAttribute("content", content);
		model.addAttribute("report", content.report());
		model.addAttribute("section", section);
		model.addAttribute("sectionNumber", index + 1);
		model.addAttribute("previousSection", (index > 0) ? sections.get(index - 1) : null);
		model.addAttribute("nextSection", (index < sections.size() - 1) ? sections.get(index + 1) : null);
		model.addAttribute("form", form);
		model.addAttribute("baseEdits", baseEdits);
		model.addAttribute("sectionState", content.section(section.id()));
		model.addAttribute("emptyAnswer", AnswerValue.EMPTY);
		return VIEW_EDIT;
	}

	private ReportContent editable(Long id, Viewer viewer) {
		ReportContent content = this.reading.content(id, viewer).in(UnLanguage.ofReader());
		if (!viewer.representsState(content.report().getState().getId())) {
			throw new ReportAccessDeniedException(id);
		}
		if (!content.report().isEditableBy(viewer)) {
			throw new NotEditableException(id);
		}
		return content;
	}

	private static Section section(ReportContent content, Long sectionId) {
		return content.questionnaire().section(sectionId).orElseThrow(() -> new NotFoundException("section", sectionId));
	}

	private static Long nextSectionId(ReportContent content, Section section, String then) {
		List<Section> sections = content.questionnaire().sections();
		int index = sections.indexOf(section);
		if ("next".equals(then) && index < sections.size() - 1) {
			return sections.get(index + 1).id();
		}
		if ("previous".equals(then) && index > 0) {
			return sections.get(index - 1).id();
		}
		return section.id();
	}

	private String message(FieldRejectedException ex, Locale locale) {
		return this.messages.getMessage(ex.messageKey(), ex.arguments(), locale);
	}

	/**
	 * The answer to an autosave.
	 *
	 * @param edits the section's new edit count
	 * @param savedAt when it was saved
	 * @param completeness the report's share of questions answered
	 * @param errors the values not saved, each with its field and a message
	 */
	record Saved(int edits, Instant savedAt, int completeness, List<Map<String, String>> errors) {

	}

	/**
	 * The report is no longer a draft (sent for review or submitted): its page says why.
	 */
	static class NotEditableException extends ReportWorkflowException {

		private final Long reportId;

		NotEditableException(Long reportId) {
			super("reportWorkflow.notEditable");
			this.reportId = reportId;
		}

	}

}
