package org.unoda.poa.reporting.synthesis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unoda.poa.core.framework.Norm;
import org.unoda.poa.core.framework.Pillar;
import org.unoda.poa.core.language.Localized;
import org.unoda.poa.core.state.RegionalGroup;
import org.unoda.poa.core.user.Viewer;
import org.unoda.poa.reporting.cycle.ReportingCycle;
import org.unoda.poa.reporting.cycle.ReportingCycles;
import org.unoda.poa.reporting.template.Questionnaire;
import org.unoda.poa.reporting.template.Questionnaire.Question;
import org.unoda.poa.reporting.template.Templates;

/**
 * Aggregates the answers of submitted reports (current versions only), counted in the
 * database, within what the viewer may read.
 */
@Service
@Transactional(readOnly = true)
public class Synthesis {

	private static final String COUNTED_REPORTS = """
			r.status = 'SUBMITTED' and not r.superseded
			and (r.visibility in (:visibilities) or r.state_id = :ownState)
			and (:group = '' or s.regional_group = :group)
			""";

	private final ReportingCycles cycles;

	private final Templates templates;

	private final JdbcClient jdbc;

	private final KeptResults kept;

	Synthesis(ReportingCycles cycles, Templates templates, JdbcClient jdbc) {
		this.cycles = cycles;
		this.templates = templates;
		this.jdbc = jdbc;
		this.kept = new KeptResults(jdbc);
	}

	/**
	 * How States answered each countable question of a cycle, with the questions and options as a
	 * reader of the given language is shown them.
	 * @param pillar only this pillar's questions, or {@code null} for all
	 * @param group only this regional group's States, or {@code null} for all
	 * @param reader the reader's language
	 */
	public SynthesisFigures figures(Viewer viewer, Long cycleId, Pillar pillar, RegionalGroup group, String reader) {
		return this.kept.get(String.join(":", "figures", readerOf(viewer), cycleId.toString(), String.valueOf(pillar),
				String.valueOf(group), reader), () -> computeFigures(viewer, cycleId, pillar, group, reader));
	}

	private SynthesisFigures computeFigures(Viewer viewer, Long cycleId, Pillar pillar, RegionalGroup group,
			String reader) {
		ReportingCycle cycle = this.cycles.get(cycleId);
		Questionnaire questionnaire = this.templates.get(cycle.getTemplateId()).in(reader);
		String groupName = (group != null) ? group.name() : "";
		Map<Long, Map<String, Map<RegionalGroup, Integer>>> counts = new HashMap<>();
		Map<Long, Integer> respondents = new HashMap<>();
		this.jdbc.sql("""
				select a.question_id, c.choice, s.regional_group, count(*) as n
				from report_answer a
				join national_report r on r.id = a.report_id
				join state s on s.id = r.state_id
				cross join lateral unnest(a.choices) as c(choice)
				where r.cycle_id = :cycle and
				""" + COUNTED_REPORTS + """
				group by a.question_id, c.choice, s.regional_group
				""")
			.param("cycle", cycleId)
			.params(SynthesisScope.parameters(viewer, groupName))
			.query((rs) -> {
				String regional = rs.getString("regional_group");
				counts.computeIfAbsent(rs.getLong("question_id"), (k) -> new HashMap<>())
					.computeIfAbsent(rs.getString("choice"), (k) -> new HashMap<>())
					.merge((regional != null) ? RegionalGroup.valueOf(regional) : null, rs.getInt("n"), Integer::sum);
			});
		this.jdbc.sql("""
				select a.question_id, count(*) as n
				from report_answer a
				join national_report r on r.id = a.report_id
				join state s on s.id = r.state_id
				where cardinality(a.choices) > 0 and r.cycle_id = :cycle and
				""" + COUNTED_REPORTS + """
				group by a.question_id
				""")
			.param("cycle", cycleId)
			.params(SynthesisScope.parameters(viewer, groupName))
			.query((rs) -> {
				respondents.put(rs.getLong("question_id"), rs.getInt("n"));
			});
		int reports = countReports(cycleId, viewer, groupName);
		List<QuestionFigures> figures = new ArrayList<>();
		for (Question question : questionnaire.questions()) {
			if (!question.type().isCountable() || (pillar != null && question.pillar() != pillar)) {
				continue;
			}
			Map<String, Map<RegionalGroup, Integer>> byChoice = counts.getOrDefault(question.id(), Map.of());
			List<QuestionFigures.OptionCount> options = question.answerCodes().stream().map((code) -> {
				Map<RegionalGroup, Integer> byGroup = byChoice.getOrDefault(code, Map.of());
				int total = byGroup.values().stream().mapToInt(Integer::intValue).sum();
				return new QuestionFigures.OptionCount(code, question.labelOf(code), total, byGroup);
			}).toList();
			figures.add(new QuestionFigures(question, respondents.getOrDefault(question.id(), 0), options));
		}
		return new SynthesisFigures(cycle, reports, figures);
	}

	/**
	 * How many States report implementing each norm, in every cycle that has reports. The trend
	 * reads every answer on the norms ever submitted, so it is kept until a submitted report or
	 * a cycle changes ({@link KeptResults}): the page then costs the same with one year of reports
	 * or ten.
	 */
	public NormTrend normTrend(Viewer viewer) {
		return this.kept.get("trend:" + readerOf(viewer), () -> readNormTrend(viewer));
	}

	private NormTrend readNormTrend(Viewer viewer) {
		Map<Norm, Map<Long, Integer>> yes = new HashMap<>();
		Map<Norm, Map<Long, Integer>> partly = new HashMap<>();
		this.jdbc.sql("""
				select r.cycle_id, q.norm, c.choice, count(*) as n
				from report_answer a
				join national_report r on r.id = a.report_id
				join state s on s.id = r.state_id
				join template_question q on q.id = a.question_id
				cross join lateral unnest(a.choices) as c(choice)
				where q.norm is not null and q.type = 'YES_PARTLY_NO' and c.choice in ('YES', 'PARTLY')
				  and q.id = (select q2.id from template_question q2
				              join template_section s2 on s2.id = q2.section_id
				              where q2.template_id = q.template_id and q2.norm = q.norm and q2.type = 'YES_PARTLY_NO'
				              order by s2.position, q2.position limit 1)
				  and
				""" + COUNTED_REPORTS + """
				group by r.cycle_id, q.norm, c.choice
				""")
			.params(SynthesisScope.parameters(viewer, ""))
			.query((rs) -> {
				Norm norm = Norm.ofLetter(rs.getString("norm")).orElseThrow();
				Map<Norm, Map<Long, Integer>> target = "YES".equals(rs.getString("choice")) ? yes : partly;
				target.computeIfAbsent(norm, (k) -> new HashMap<>()).put(rs.getLong("cycle_id"), rs.getInt("n"));
			});
		Map<Long, Integer> reports = new HashMap<>();
		this.jdbc.sql("select r.cycle_id, count(*) as n from national_report r join state s on s.id = r.state_id where "
				+ COUNTED_REPORTS + " group by r.cycle_id")
			.params(SynthesisScope.parameters(viewer, ""))
			.query((rs) -> {
				reports.put(rs.getLong("cycle_id"), rs.getInt("n"));
			});
		List<ReportingCycle> withReports = this.cycles.all()
			.stream()
			.filter((c) -> reports.containsKey(c.getId()))
			.sorted(Comparator.comparing(ReportingCycle::getOpensOn))
			.toList();
		return new NormTrend(withReports, reports, yes, partly);
	}

	/**
	 * The capacity-building needs declared in a cycle's submitted reports, with the questions and
	 * options as a reader of the given language is shown them.
	 */
	public List<NeedStatement> needs(Viewer viewer, Long cycleId, Pillar pillar, RegionalGroup group, String reader) {
		return this.kept.get(String.join(":", "needs", readerOf(viewer), cycleId.toString(), String.valueOf(pillar),
				String.valueOf(group), reader), () -> readNeeds(viewer, cycleId, pillar, group, reader));
	}

	private List<NeedStatement> readNeeds(Viewer viewer, Long cycleId, Pillar pillar, RegionalGroup group,
			String reader) {
		ReportingCycle cycle = this.cycles.get(cycleId);
		Map<Long, Question> questions = this.templates.get(cycle.getTemplateId()).in(reader).questionsById();
		return this.jdbc.sql("""
				select r.id as report_id, s.iso3, s.regional_group, a.question_id, a.text_value, a.choices,
				       case :reader when 'ar' then s.name_ar when 'zh' then s.name_zh when 'fr' then s.name_fr
				                    when 'ru' then s.name_ru when 'es' then s.name_es else s.name_en end as state_name
				from report_answer a
				join national_report r on r.id = a.report_id
				join state s on s.id = r.state_id
				join template_question q on q.id = a.question_id
				where q.capacity_need and r.cycle_id = :cycle and (:pillar = '' or q.pillar = :pillar) and
				""" + COUNTED_REPORTS + """
				order by state_name, q.position
				""")
			.param("cycle", cycleId)
			.param("reader", reader)
			.param("pillar", (pillar != null) ? pillar.name() : "")
			.params(SynthesisScope.parameters(viewer, (group != null) ? group.name() : ""))
			.query((rs, n) -> {
				Question question = questions.get(rs.getLong("question_id"));
				String regional = rs.getString("regional_group");
				List<String> chosen = List.of((String[]) rs.getArray("choices").getArray())
					.stream()
					.map(question::labelOf)
					.toList();
				return new NeedStatement(rs.getLong("report_id"), rs.getString("iso3"), rs.getString("state_name"),
						(regional != null) ? RegionalGroup.valueOf(regional) : null, question.pillar(),
						question.norm(), new Localized(question.text(), question.language()), rs.getString("text_value"),
						chosen);
			})
			.list();
	}

	private int countReports(Long cycleId, Viewer viewer, String groupName) {
		return this.jdbc.sql("select count(*) from national_report r join state s on s.id = r.state_id "
				+ "where r.cycle_id = :cycle and " + COUNTED_REPORTS)
			.param("cycle", cycleId)
			.params(SynthesisScope.parameters(viewer, groupName))
			.query(Integer.class)
			.single();
	}

	/**
	 * Which reports a viewer's figures count: the kind of reader, and their own State's.
	 */
	private static String readerOf(Viewer viewer) {
		return SynthesisScope.of(viewer) + ":" + SynthesisScope.parameters(viewer, "").get("ownState");
	}

}
