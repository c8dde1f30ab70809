package org.unoda.poa.reporting.capacity;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.unoda.poa.core.framework.Pillar;
import org.unoda.poa.reporting.template.Questionnaire.Question;
import org.unoda.poa.reporting.template.QuestionType;
import org.unoda.poa.reporting.template.Templates;

/**
 * Reads the needs a submitted report states: each answer to a question on capacity-building
 * needs written out in words, and each area chosen from a list of areas of need. The forms of
 * help chosen in the report apply to all of them, the first one chosen when one is asked.
 */
@Component
class ReportedNeeds {

	private static final int TITLE_LENGTH = 120;

	private static final Map<String, AssistanceForm> FORMS = Arrays.stream(AssistanceForm.values())
		.collect(Collectors.toMap(Enum::name, Function.identity()));

	private final JdbcClient jdbc;

	private final Templates templates;

	ReportedNeeds(JdbcClient jdbc, Templates templates) {
		this.jdbc = jdbc;
		this.templates = templates;
	}

	/**
	 * The report's State, language and whether it is submitted, or empty if there is no such report.
	 */
	Optional<Report> report(Long reportId) {
		return this.jdbc.sql("""
				select r.id, r.state_id, r.language, r.status = 'SUBMITTED' as submitted, c.template_id
				from national_report r join reporting_cycle c on c.id = r.cycle_id
				where r.id = :id
				""")
			.param("id", reportId)
			.query((rs, n) -> new Report(rs.getLong("id"), rs.getLong("state_id"), rs.getString("language"),
					rs.getBoolean("submitted"), rs.getLong("template_id")))
			.optional();
	}

	/**
	 * A State's submitted reports that state needs, the latest first.
	 */
	List<SubmittedReport> submittedBy(Long stateId) {
		return this.jdbc.sql("""
				select r.id, r.title, r.submitted_at from national_report r
				where r.state_id = :state and r.status = 'SUBMITTED'
				  and exists (select 1 from report_answer a join template_question q on q.id = a.question_id
				              where a.report_id = r.id and q.capacity_need)
				order by r.submitted_at desc
				""")
			.param("state", stateId)
			.query((rs, n) -> new SubmittedReport(rs.getLong("id"), rs.getString("title"),
					rs.getTimestamp("submitted_at").toInstant()))
			.list();
	}

	/**
	 * The drafts of the needs the report states, each with the need it already became.
	 */
	List<NeedDraft> drafts(Report report, Map<String, Long> declared) {
		Map<Long, Question> questions = this.templates.get(report.templateId()).questionsById();
		List<Answer> answers = this.jdbc.sql("""
				select a.question_id, a.text_value, a.choices
				from report_answer a join template_question q on q.id = a.question_id
				where a.report_id = :report and q.capacity_need
				order by q.section_id, q.position
				""")
			.param("report", report.id())
			.query((rs, n) -> new Answer(questions.get(rs.getLong("question_id")), rs.getString("text_value"),
					List.of((String[]) rs.getArray("choices").getArray())))
			.list();
		AssistanceForm form = answers.stream()
			.flatMap((answer) -> answer.choices().stream())
			.map(ReportedNeeds::form)
			.flatMap(Optional::stream)
			.findFirst()
			.orElse(AssistanceForm.TRAINING);
		List<NeedDraft> drafts = new ArrayList<>();
		Set<CapacityTopic> topics = new LinkedHashSet<>();
		for (Answer answer : answers) {
			Question question = answer.question();
			if (question.type() == QuestionType.TEXT && answer.text() != null && !answer.text().isBlank()) {
				CapacityTopic topic = CapacityTopic.forPillar(question.pillar());
				topics.add(topic);
				String key = "q" + question.id();
				drafts.add(new NeedDraft(key, question.text(), title(answer.text()), answer.text().strip(),
						question.pillar(), question.norm(), topic, form, declared.get(key)));
			}
		}
		for (Answer answer : answers) {
			Question question = answer.question();
			String detail = detailOf(question, answers);
			for (String code : answer.choices()) {
				Optional<CapacityTopic> chosen = CapacityTopic.ofSurveyCode(code);
				if (chosen.isPresent() && topics.add(chosen.get())) {
					CapacityTopic topic = chosen.get();
					String key = "q" + question.id() + ":" + topic.name();
					Pillar pillar = topic.pillar();
					drafts.add(new NeedDraft(key, question.text(), question.labelOf(code),
							(detail != null) ? detail : question.labelOf(code), pillar, null, topic, form,
							declared.get(key)));
				}
			}
		}
		return drafts;
	}

	/**
	 * What the State wrote about its needs in the same section as a list of areas, if anything.
	 */
	private static String detailOf(Question areas, List<Answer> answers) {
		return answers.stream()
			.filter((answer) -> answer.question().sectionId().equals(areas.sectionId())
					&& answer.question().type() == QuestionType.TEXT && answer.text() != null
					&& !answer.text().isBlank())
			.map((answer) -> answer.text().strip())
			.findFirst()
			.orElse(null);
	}

	private static Optional<AssistanceForm> form(String code) {
		return Optional.ofNullable(FORMS.get(code));
	}

	/**
	 * The first sentence of what the State wrote, shortened at a word to fit a title.
	 */
	static String title(String text) {
		String stripped = text.strip();
		BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ROOT);
		sentences.setText(stripped);
		int end = sentences.next();
		String sentence = stripped.substring(0, (end == BreakIterator.DONE) ? stripped.length() : end).strip();
		if (sentence.length() <= TITLE_LENGTH) {
			return sentence;
		}
		int cut = sentence.lastIndexOf(' ', TITLE_LENGTH - 1);
		return sentence.substring(0, (cut > 0) ? cut : TITLE_LENGTH - 1).strip() + "…";
	}

	record Report(Long id, Long stateId, String language, boolean submitted, Long templateId) {

	}

	private record Answer(Question question, String text, List<String> choices) {

	}

}
