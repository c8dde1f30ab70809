package org.unoda.poa.reporting.template;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import org.unoda.poa.core.framework.Norm;
import org.unoda.poa.core.framework.Pillar;
import org.unoda.poa.core.language.Translations;

/**
 * A question of a template.
 */
@Entity
@Table(name = "template_question")
public class TemplateQuestion implements ReportTemplate.Positioned {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "template_id")
	private ReportTemplate template;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "section_id")
	private TemplateSection section;

	private int position;

	private String code;

	@Enumerated(EnumType.STRING)
	private QuestionType type;

	private String text;

	private String guidance;

	private boolean optional;

	@Enumerated(EnumType.STRING)
	private Pillar pillar;

	private String norm;

	private String[] options = new String[0];

	private boolean capacityNeed;

	@JdbcTypeCode(SqlTypes.JSON)
	private Map<String, Map<String, String>> translations = Map.of();

	protected TemplateQuestion() {
	}

	TemplateQuestion(ReportTemplate template, TemplateSection section, int position, QuestionDetails details) {
		this.template = template;
		this.section = section;
		this.position = position;
		change(details);
	}

	void change(QuestionDetails details) {
		this.code = details.code();
		this.type = details.type();
		this.text = details.text();
		this.guidance = details.guidance();
		this.optional = details.optional();
		this.pillar = details.pillar();
		this.norm = (details.norm() != null) ? details.norm().letter() : null;
		this.options = details.options().stream().map(AnswerOption::stored).toArray(String[]::new);
		this.capacityNeed = details.capacityNeed();
	}

	QuestionDetails details() {
		return new QuestionDetails(this.code, this.type, this.text, this.guidance, this.optional, this.pillar,
				getNorm(), getOptions(), this.capacityNeed);
	}

	@Override
	public void placeAt(int newPosition) {
		this.position = newPosition;
	}

	public Long getId() {
		return this.id;
	}

	public TemplateSection getSection() {
		return this.section;
	}

	public int getPosition() {
		return this.position;
	}

	public String getCode() {
		return this.code;
	}

	public QuestionType getType() {
		return this.type;
	}

	public String getText() {
		return this.text;
	}

	public String getGuidance() {
		return this.guidance;
	}

	public boolean isOptional() {
		return this.optional;
	}

	public Pillar getPillar() {
		return this.pillar;
	}

	public Norm getNorm() {
		return Norm.ofLetter(this.norm).orElse(null);
	}

	public List<AnswerOption> getOptions() {
		return Arrays.stream(this.options).map(AnswerOption::parse).toList();
	}

	public boolean isCapacityNeed() {
		return this.capacityNeed;
	}

	public Translations getTranslations() {
		return Translations.of(this.translations);
	}

	void translate(Translations changed) {
		this.translations = changed.texts();
	}

}
