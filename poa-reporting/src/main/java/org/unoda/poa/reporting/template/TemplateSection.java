package org.unoda.poa.reporting.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import org.unoda.poa.core.framework.Pillar;
import org.unoda.poa.core.language.Translations;

/**
 * A section of a template: a titled group of questions under one pillar.
 */
@Entity
@Table(name = "template_section")
public class TemplateSection implements ReportTemplate.Positioned {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "template_id")
	private ReportTemplate template;

	private int position;

	private String code;

	private String title;

	private String description;

	@Enumerated(EnumType.STRING)
	private Pillar pillar;

	@OneToMany(mappedBy = "section", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<TemplateQuestion> questions = new ArrayList<>();

	@JdbcTypeCode(SqlTypes.JSON)
	private Map<String, Map<String, String>> translations = Map.of();

	protected TemplateSection() {
	}

	TemplateSection(ReportTemplate template, int position, SectionDetails details) {
		this.template = template;
		this.position = position;
		change(details);
	}

	void change(SectionDetails details) {
		this.code = details.code();
		this.title = details.title();
		this.description = details.description();
		this.pillar = details.pillar();
	}

	SectionDetails details() {
		return new SectionDetails(this.code, this.title, this.description, this.pillar);
	}

	TemplateQuestion addQuestion(QuestionDetails details) {
		TemplateQuestion question = new TemplateQuestion(this.template, this, this.questions.size() + 1, details);
		this.questions.add(question);
		return question;
	}

	void removeQuestion(TemplateQuestion question) {
		this.questions.remove(question);
		ReportTemplate.renumber(this.questions);
	}

	@Override
	public void placeAt(int newPosition) {
		this.position = newPosition;
	}

	public Long getId() {
		return this.id;
	}

	public ReportTemplate getTemplate() {
		return this.template;
	}

	public int getPosition() {
		return this.position;
	}

	public String getCode() {
		return this.code;
	}

	public String getTitle() {
		return this.title;
	}

	public String getDescription() {
		return this.description;
	}

	public Pillar getPillar() {
		return this.pillar;
	}

	public List<TemplateQuestion> getQuestions() {
		return this.questions;
	}

	public Translations getTranslations() {
		return Translations.of(this.translations);
	}

	void translate(Translations changed) {
		this.translations = changed.texts();
	}

}
