package org.unoda.poa.reporting.template;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import org.unoda.poa.core.FieldRejectedException;
import org.unoda.poa.core.language.Translations;
import org.unoda.poa.core.persistence.AuditedEntity;

/**
 * One edition of a questionnaire. A draft can be changed in every way; publishing freezes it.
 */
@Entity
@Table(name = "report_template")
public class ReportTemplate extends AuditedEntity {

	private String code;

	private int edition;

	private String title;

	private String description = "";

	private String language = "en";

	@JdbcTypeCode(SqlTypes.JSON)
	private Map<String, Map<String, String>> translations = Map.of();

	@Enumerated(EnumType.STRING)
	private TemplateStatus status = TemplateStatus.DRAFT;

	private Instant publishedAt;

	@OneToMany(mappedBy = "template", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<TemplateSection> sections = new ArrayList<>();

	protected ReportTemplate() {
	}

	ReportTemplate(String code, int edition, String title, String description) {
		this.code = code;
		this.edition = edition;
		this.title = title;
		this.description = (description != null) ? description : "";
	}

	/**
	 * A new draft edition with a copy of every section and question of this one.
	 */
	ReportTemplate nextEdition(int number) {
		ReportTemplate next = new ReportTemplate(this.code, number, this.title, this.description);
		next.language = this.language;
		next.translations = this.translations;
		for (TemplateSection section : this.sections) {
			TemplateSection copy = next.addSection(section.details());
			copy.translate(section.getTranslations());
			section.getQuestions()
				.forEach((question) -> copy.addQuestion(question.details()).translate(question.getTranslations()));
		}
		return next;
	}

	void describe(String newTitle, String newDescription) {
		requireDraft();
		this.title = newTitle;
		this.description = (newDescription != null) ? newDescription : "";
	}

	TemplateSection addSection(SectionDetails details) {
		requireDraft();
		requireUniqueSectionCode(details.code(), null);
		TemplateSection section = new TemplateSection(this, this.sections.size() + 1, details);
		this.sections.add(section);
		return section;
	}

	void changeSection(TemplateSection section, SectionDetails details) {
		requireDraft();
		requireUniqueSectionCode(details.code(), section);
		section.change(details);
	}

	void removeSection(TemplateSection section) {
		requireDraft();
		this.sections.remove(section);
		renumber(this.sections);
	}

	void moveSection(TemplateSection section, int offset) {
		requireDraft();
		move(this.sections, section, offset);
	}

	TemplateQuestion addQuestion(TemplateSection section, QuestionDetails details) {
		requireDraft();
		requireUniqueQuestionCode(details.code(), null);
		return section.addQuestion(details);
	}

	void changeQuestion(TemplateQuestion question, QuestionDetails details) {
		requireDraft();
		requireUniqueQuestionCode(details.code(), question);
		question.change(details);
	}

	void removeQuestion(TemplateQuestion question) {
		requireDraft();
		question.getSection().removeQuestion(question);
	}

	void moveQuestion(TemplateQuestion question, int offset) {
		requireDraft();
		move(question.getSection().getQuestions(), question, offset);
	}

	void publish(Instant when) {
		requireDraft();
		if (this.sections.isEmpty() || this.sections.stream().anyMatch((s) -> s.getQuestions().isEmpty())) {
			throw new TemplateChangeRefusedException("template.publish.empty");
		}
		this.status = TemplateStatus.PUBLISHED;
		this.publishedAt = when;
	}

	void requireDraft() {
		if (this.status != TemplateStatus.DRAFT) {
			throw new TemplateChangeRefusedException("template.published.frozen");
		}
	}

	private void requireUniqueSectionCode(String candidate, TemplateSection except) {
		boolean taken = this.sections.stream().anyMatch((s) -> s != except && s.getCode().equals(candidate));
		if (taken) {
			throw new FieldRejectedException("code", "template.code.taken");
		}
	}

	private void requireUniqueQuestionCode(String candidate, TemplateQuestion except) {
		boolean taken = this.sections.stream()
			.flatMap((s) -> s.getQuestions().stream())
			.anyMatch((q) -> q != except && q.getCode().equals(candidate));
		if (taken) {
			throw new FieldRejectedException("code", "template.code.taken");
		}
	}

	static <T extends Positioned> void move(List<T> items, T item, int offset) {
		int from = items.indexOf(item);
		int to = from + offset;
		if (from < 0 || to < 0 || to >= items.size()) {
			return;
		}
		items.remove(from);
		items.add(to, item);
		renumber(items);
	}

	static <T extends Positioned> void renumber(List<T> items) {
		for (int i = 0; i < items.size(); i++) {
			items.get(i).placeAt(i + 1);
		}
	}

	public String getCode() {
		return this.code;
	}

	public int getEdition() {
		return this.edition;
	}

	public String getTitle() {
		return this.title;
	}

	public String getDescription() {
		return this.description;
	}

	/**
	 * The language the edition is written in.
	 */
	public String getLanguage() {
		return this.language;
	}

	public Translations getTranslations() {
		return Translations.of(this.translations);
	}

	/**
	 * Replaces the translations; unlike every other change, also allowed once published,
	 * since a translation does not change what is asked.
	 */
	void translate(Translations changed) {
		this.translations = changed.texts();
	}

	public TemplateStatus getStatus() {
		return this.status;
	}

	public Instant getPublishedAt() {
		return this.publishedAt;
	}

	public List<TemplateSection> getSections() {
		return this.sections;
	}

	/**
	 * Something kept in order by a position number.
	 */
	interface Positioned {

		void placeAt(int position);

	}

}
