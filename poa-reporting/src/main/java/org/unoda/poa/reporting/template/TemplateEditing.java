package org.unoda.poa.reporting.template;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unoda.poa.core.FieldRejectedException;
import org.unoda.poa.core.NotFoundException;
import org.unoda.poa.core.language.OfficialLanguages;

/**
 * The secretariat's changes to template drafts. Every change names the draft's version it was
 * based on, so two editors never overwrite each other silently; published editions refuse
 * every change.
 */
@Service
@Transactional
@PreAuthorize("hasAnyRole('SECRETARIAT', 'ADMIN')")
public class TemplateEditing {

	private final ReportTemplateRepository templates;

	private final Templates cache;

	private final Clock clock;

	TemplateEditing(ReportTemplateRepository templates, Templates cache, Clock clock) {
		this.templates = templates;
		this.cache = cache;
		this.clock = clock;
	}

	/**
	 * Starts a new questionnaire with an empty first edition.
	 */
	public Long create(String code, String title, String description) {
		if (!code.matches("[A-Z][A-Z0-9-]*")) {
			throw new FieldRejectedException("code", "template.code.invalid");
		}
		if (this.templates.findFirstByCodeOrderByEditionDesc(code).isPresent()) {
			throw new FieldRejectedException("code", "template.code.taken");
		}
		return this.templates.save(new ReportTemplate(code, 1, title, description)).getId();
	}

	/**
	 * Starts the next edition of a questionnaire as a draft copy of the given edition.
	 */
	public Long startNextEdition(Long templateId) {
		ReportTemplate template = load(templateId);
		if (this.templates.existsByCodeAndStatus(template.getCode(), TemplateStatus.DRAFT)) {
			throw new TemplateChangeRefusedException("template.draft.exists");
		}
		int edition = this.templates.findFirstByCodeOrderByEditionDesc(template.getCode())
			.map(ReportTemplate::getEdition)
			.orElse(template.getEdition());
		return this.templates.save(template.nextEdition(edition + 1)).getId();
	}

	public void describe(Long templateId, long version, String title, String description) {
		draft(templateId, version).describe(title, description);
	}

	public Long addSection(Long templateId, long version, SectionDetails details) {
		ReportTemplate template = draft(templateId, version);
		TemplateSection section = template.addSection(details);
		this.templates.save(template);
		return section.getId();
	}

	public void changeSection(Long templateId, long version, Long sectionId, SectionDetails details) {
		ReportTemplate template = draft(templateId, version);
		template.changeSection(section(template, sectionId), details);
	}

	public void removeSection(Long templateId, long version, Long sectionId) {
		ReportTemplate template = draft(templateId, version);
		template.removeSection(section(template, sectionId));
	}

	public void moveSection(Long templateId, long version, Long sectionId, int offset) {
		ReportTemplate template = draft(templateId, version);
		template.moveSection(section(template, sectionId), offset);
	}

	public Long addQuestion(Long templateId, long version, Long sectionId, QuestionDetails details) {
		ReportTemplate template = draft(templateId, version);
		TemplateQuestion question = template.addQuestion(section(template, sectionId), details);
		this.templates.save(template);
		return question.getId();
	}

	public void changeQuestion(Long templateId, long version, Long questionId, QuestionDetails details) {
		ReportTemplate template = draft(templateId, version);
		template.changeQuestion(question(template, questionId), details);
	}

	public void removeQuestion(Long templateId, long version, Long questionId) {
		ReportTemplate template = draft(templateId, version);
		template.removeQuestion(question(template, questionId));
	}

	public void moveQuestion(Long templateId, long version, Long questionId, int offset) {
		ReportTemplate template = draft(templateId, version);
		template.moveQuestion(question(template, questionId), offset);
	}

	public void publish(Long templateId, long version) {
		draft(templateId, version).publish(this.clock.instant());
	}

	/**
	 * Throws a draft away; only drafts no cycle uses can go.
	 */
	public void discard(Long templateId, long version) {
		ReportTemplate template = draft(templateId, version);
		template.requireDraft();
		this.templates.delete(template);
	}

	/**
	 * Replaces an edition's translation into one language, published or not: a translation
	 * does not change what is asked, and translators often finish after publication.
	 * @param texts the translated texts by key: {@code template.title},
	 * {@code template.description}, {@code section.ID.title}, {@code section.ID.description},
	 * {@code question.ID.text}, {@code question.ID.guidance} and
	 * {@code question.ID.option.CODE}; blank texts remove a translation, other keys are
	 * ignored
	 * @throws FieldRejectedException when the language is not official or is the one the
	 * edition is written in
	 */
	public void translate(Long templateId, long version, String language, Map<String, String> texts) {
		ReportTemplate template = forChange(templateId, version);
		if (!OfficialLanguages.isOfficial(language) || language.equals(template.getLanguage())) {
			throw new FieldRejectedException("language", "template.translation.language");
		}
		template.translate(template.getTranslations()
			.with(language, fields(texts, "template.", List.of("title", "description"))));
		for (TemplateSection section : template.getSections()) {
			section.translate(section.getTranslations()
				.with(language, fields(texts, "section." + section.getId() + ".", List.of("title", "description"))));
			for (TemplateQuestion question : section.getQuestions()) {
				List<String> names = new ArrayList<>(List.of("text", "guidance"));
				question.getOptions().forEach((o) -> names.add(Questionnaire.Question.optionField(o.code())));
				question.translate(question.getTranslations()
					.with(language, fields(texts, "question." + question.getId() + ".", names)));
			}
		}
		this.cache.forgetAfterCommit(templateId);
	}

	private static Map<String, String> fields(Map<String, String> texts, String prefix, List<String> names) {
		Map<String, String> fields = new LinkedHashMap<>();
		names.forEach((name) -> fields.put(name, texts.get(prefix + name)));
		return fields;
	}

	/**
	 * Reads the options a secretariat member typed, one per line.
	 * @throws FieldRejectedException when two options share a code or a line is empty
	 */
	public static List<AnswerOption> options(QuestionType type, String lines) {
		if (type == null || !type.hasOptions()) {
			return List.of();
		}
		try {
			List<AnswerOption> options = AnswerOption.parseLines(lines);
			if (options.size() < 2) {
				throw new FieldRejectedException("options", "template.options.tooFew");
			}
			return options;
		}
		catch (IllegalArgumentException ex) {
			throw new FieldRejectedException("options", "template.options.invalid", ex.getMessage());
		}
	}

	/**
	 * Who saved the template last, and when: what an editor whose change crossed theirs is told.
	 */
	@Transactional(readOnly = true)
	public LastSaved lastSaved(Long templateId) {
		ReportTemplate template = load(templateId);
		return new LastSaved(template.getUpdatedBy(), template.getUpdatedAt());
	}

	/**
	 * @param by the username of who saved
	 * @param at when
	 */
	public record LastSaved(String by, Instant at) {
	}

	private ReportTemplate load(Long templateId) {
		return this.templates.findById(templateId).orElseThrow(() -> new NotFoundException("template", templateId));
	}

	private ReportTemplate draft(Long templateId, long version) {
		ReportTemplate template = forChange(templateId, version);
		template.requireDraft();
		return template;
	}

	private ReportTemplate forChange(Long templateId, long version) {
		ReportTemplate template = this.templates.findForChange(templateId)
			.orElseThrow(() -> new NotFoundException("template", templateId));
		if (template.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(ReportTemplate.class, templateId);
		}
		return template;
	}

	private static TemplateSection section(ReportTemplate template, Long sectionId) {
		return template.getSections()
			.stream()
			.filter((s) -> s.getId().equals(sectionId))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("section", sectionId));
	}

	private static TemplateQuestion question(ReportTemplate template, Long questionId) {
		return template.getSections()
			.stream()
			.flatMap((s) -> s.getQuestions().stream())
			.filter((q) -> q.getId().equals(questionId))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("question", questionId));
	}

}
