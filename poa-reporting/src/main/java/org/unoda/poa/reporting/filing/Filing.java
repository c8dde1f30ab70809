package org.unoda.poa.reporting.filing;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unoda.poa.core.FieldRejectedException;
import org.unoda.poa.core.NotFoundException;
import org.unoda.poa.core.file.StoredFile;
import org.unoda.poa.core.file.StoredFiles;
import org.unoda.poa.core.file.Upload;
import org.unoda.poa.core.report.NationalReport;
import org.unoda.poa.core.report.NationalReportRepository;
import org.unoda.poa.core.report.ReportAccessDeniedException;
import org.unoda.poa.core.report.ReportVisibility;
import org.unoda.poa.core.report.ReportWorkflowException;
import org.unoda.poa.core.state.State;
import org.unoda.poa.core.state.States;
import org.unoda.poa.core.user.Viewer;
import org.unoda.poa.reporting.cycle.CyclePhase;
import org.unoda.poa.reporting.cycle.ReportingCycle;
import org.unoda.poa.reporting.cycle.ReportingCycles;
import org.unoda.poa.reporting.template.QuestionType;
import org.unoda.poa.reporting.template.Questionnaire;
import org.unoda.poa.reporting.template.Questionnaire.Question;
import org.unoda.poa.reporting.template.Templates;

/**
 * A State's delegates filling in the State's report: starting it (pre-filled from the previous
 * report), saving section by section, marking sections unchanged, and attaching files. Every
 * method is one transaction; only the State's own delegates may call them, and only on a
 * draft.
 */
@Service
@Transactional
public class Filing {

	private final NationalReportRepository reports;

	private final ReportAnswerRepository answers;

	private final ReportSectionRepository sections;

	private final ReportAttachmentRepository attachments;

	private final ReportEventRepository events;

	private final ReportProgress progress;

	private final ReportingCycles cycles;

	private final Templates templates;

	private final StoredFiles files;

	private final States states;

	private final Clock clock;

	private final JdbcClient jdbc;

	Filing(NationalReportRepository reports, ReportAnswerRepository answers, ReportSectionRepository sections,
			ReportAttachmentRepository attachments, ReportEventRepository events, ReportProgress progress,
			ReportingCycles cycles, Templates templates, StoredFiles files, States states, Clock clock,
			JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.reports = reports;
		this.answers = answers;
		this.sections = sections;
		this.attachments = attachments;
		this.events = events;
		this.progress = progress;
		this.cycles = cycles;
		this.templates = templates;
		this.files = files;
		this.states = states;
		this.clock = clock;
	}

	/**
	 * The State's report for the cycle: the newest version if there is one, otherwise a new
	 * draft pre-filled from the State's previous report.
	 */
	public NationalReport startOrResume(Viewer viewer, Long cycleId, String language) {
		if (!viewer.isStateUser()) {
			throw new AccessDeniedException("only a State's delegates file its report");
		}
		ReportingCycle cycle = this.cycles.get(cycleId);
		lockReportsOf(viewer.stateId(), cycleId);
		List<NationalReport> versions = this.reports.findByStateIdAndCycleIdOrderByRevisionDesc(viewer.stateId(),
				cycleId);
		if (!versions.isEmpty()) {
			return versions.get(0);
		}
		if (cycle.phaseOn(this.cycles.today()) == CyclePhase.UPCOMING) {
			throw new ReportWorkflowException("reportWorkflow.cycleNotOpen");
		}
		State state = this.states.find(viewer.stateId()).orElseThrow();
		NationalReport report = this.reports.saveAndFlush(new NationalReport(state, cycleId,
				state.getNameEn() + ": " + cycle.getTitle(), ReportVisibility.SECRETARIAT, language));
		Questionnaire questionnaire = this.templates.get(cycle.getTemplateId());
		questionnaire.sections().forEach((s) -> this.sections.save(new ReportSection(report.getId(), s.id())));
		previousReport(report).ifPresent((previous) -> copyAnswers(previous, report, questionnaire, null));
		record(report, ReportEventKind.STARTED, "", viewer);
		this.progress.update(report, questionnaire);
		return report;
	}

	/**
	 * Saves the answers of one section.
	 * @param baseEdits the section's edit count when the form was loaded
	 * @param values what the form sent, by question
	 * @throws EditConflictException when someone else saved the section since the form was
	 * loaded; nothing is saved
	 */
	public SaveOutcome saveSection(Viewer viewer, Long reportId, Long sectionId, int baseEdits,
			Map<Long, List<String>> values) {
		NationalReport report = editable(viewer, reportId);
		Questionnaire questionnaire = questionnaireOf(report);
		Questionnaire.Section section = questionnaire.section(sectionId)
			.orElseThrow(() -> new NotFoundException("section", sectionId));
		ReportSection state = lockedSection(report, section, baseEdits);
		Map<Long, ReportAnswer> existing = answersOf(report);
		List<FieldRejectedException> rejected = new ArrayList<>();
		for (Question question : section.questions()) {
			if (question.type() == QuestionType.ATTACHMENT) {
				continue;
			}
			try {
				store(report, question, AnswerReader.read(question, values.get(question.id())), existing);
			}
			catch (FieldRejectedException ex) {
				rejected.add(ex);
			}
		}
		Instant now = this.clock.instant();
		state.recordSave(false, now, viewer.username());
		this.progress.update(report, questionnaire);
		return new SaveOutcome(state.getEdits(), now, report.getCompleteness(), rejected);
	}

	/**
	 * Marks a section "no change since last report": its answers become those of the State's
	 * previous report again.
	 */
	public SaveOutcome keepUnchanged(Viewer viewer, Long reportId, Long sectionId, int baseEdits) {
		NationalReport report = editable(viewer, reportId);
		Questionnaire questionnaire = questionnaireOf(report);
		Questionnaire.Section section = questionnaire.section(sectionId)
			.orElseThrow(() -> new NotFoundException("section", sectionId));
		NationalReport previous = previousReport(report)
			.orElseThrow(() -> new ReportWorkflowException("reportWorkflow.noPreviousReport"));
		ReportSection state = lockedSection(report, section, baseEdits);
		copyAnswers(previous, report, questionnaire, section);
		Instant now = this.clock.instant();
		state.recordSave(true, now, viewer.username());
		this.progress.update(report, questionnaire);
		return new SaveOutcome(state.getEdits(), now, report.getCompleteness(), List.of());
	}

	/**
	 * Changes the report's title and the language it is written in.
	 */
	public void describe(Viewer viewer, Long reportId, String title, String language) {
		NationalReport report = load(reportId);
		report.describe(viewer, title, language);
		this.progress.update(report, questionnaireOf(report));
	}

	/**
	 * Attaches a file in answer to an attachment question.
	 * @throws org.unoda.poa.core.file.RefusedUploadException when the file is refused; nothing
	 * is stored
	 */
	public void attach(Viewer viewer, Long reportId, Long questionId, Upload upload) {
		NationalReport report = editable(viewer, reportId);
		Questionnaire questionnaire = questionnaireOf(report);
		Question question = questionnaire.questionsById().get(questionId);
		if (question == null || question.type() != QuestionType.ATTACHMENT) {
			throw new NotFoundException("question", questionId);
		}
		StoredFile file = this.files.store(upload, viewer.username());
		this.attachments
			.save(new ReportAttachment(reportId, questionId, file.getId(), this.clock.instant(), viewer.username()));
		this.progress.update(report, questionnaire);
	}

	public void removeAttachment(Viewer viewer, Long reportId, Long attachmentId) {
		NationalReport report = editable(viewer, reportId);
		ReportAttachment attachment = this.attachments.findById(attachmentId)
			.filter((a) -> a.getReportId().equals(reportId))
			.orElseThrow(() -> new NotFoundException("attachment", attachmentId));
		this.attachments.delete(attachment);
		this.progress.update(report, questionnaireOf(report));
	}

	/**
	 * Copies one version's answers and attachments into another, by question code, so they
	 * carry over between template editions. Options that no longer exist are dropped.
	 * @param onlySection only this section's questions, or {@code null} for all
	 */
	void copyAnswers(NationalReport from, NationalReport to, Questionnaire target, Questionnaire.Section onlySection) {
		Questionnaire source = questionnaireOf(from);
		Map<String, Question> sourceByCode = source.questions()
			.stream()
			.collect(Collectors.toMap(Question::code, Function.identity()));
		Map<Long, ReportAnswer> sourceAnswers = answersOf(from);
		Map<Long, List<ReportAttachment>> sourceFiles = this.attachments.findByReportId(from.getId())
			.stream()
			.collect(Collectors.groupingBy(ReportAttachment::getQuestionId));
		Map<Long, ReportAnswer> targetAnswers = answersOf(to);
		Map<Long, List<ReportAttachment>> targetFiles = this.attachments.findByReportId(to.getId())
			.stream()
			.collect(Collectors.groupingBy(ReportAttachment::getQuestionId));
		List<Question> questions = (onlySection != null) ? onlySection.questions() : target.questions();
		for (Question question : questions) {
			Question old = sourceByCode.get(question.code());
			if (old == null || old.type() != question.type()) {
				// a question the source did not ask: its answer here is left as it is
				continue;
			}
			if (question.type() == QuestionType.ATTACHMENT) {
				targetFiles.getOrDefault(question.id(), List.of()).forEach(this.attachments::delete);
				sourceFiles.getOrDefault(old.id(), List.of())
					.forEach((a) -> this.attachments.save(new ReportAttachment(to.getId(), question.id(),
							a.getFileId(), this.clock.instant(), "carried-forward")));
				continue;
			}
			AnswerValue value = sourceAnswers.containsKey(old.id())
					? carried(sourceAnswers.get(old.id()).value(), question) : AnswerValue.EMPTY;
			store(to, question, value, targetAnswers);
		}
	}

	private static AnswerValue carried(AnswerValue value, Question question) {
		if (!question.type().isCountable()) {
			return value;
		}
		List<String> codes = value.choices().stream().filter(question.answerCodes()::contains).toList();
		return new AnswerValue(null, codes, null, null);
	}

	private void store(NationalReport report, Question question, AnswerValue value, Map<Long, ReportAnswer> existing) {
		ReportAnswer answer = existing.get(question.id());
		if (value.isEmpty()) {
			if (answer != null) {
				this.answers.delete(answer);
				existing.remove(question.id());
			}
		}
		else if (answer != null) {
			answer.change(value);
		}
		else {
			existing.put(question.id(), this.answers.save(new ReportAnswer(report.getId(), question.id(), value)));
		}
	}

	private ReportSection lockedSection(NationalReport report, Questionnaire.Section section, int baseEdits) {
		ReportSection state = this.sections.findForSave(new SectionKey(report.getId(), section.id()))
			.orElseGet(() -> this.sections.save(new ReportSection(report.getId(), section.id())));
		if (state.getEdits() != baseEdits) {
			Map<Long, ReportAnswer> current = answersOf(report);
			Map<Long, AnswerValue> theirs = new HashMap<>();
			section.questions()
				.stream()
				.filter((q) -> current.containsKey(q.id()))
				.forEach((q) -> theirs.put(q.id(), current.get(q.id()).value()));
			SectionState saved = state.state();
			throw new EditConflictException(theirs, saved.edits(), saved.updatedBy(), saved.updatedAt());
		}
		return state;
	}

	/**
	 * The State's report for the most recent earlier cycle (by opening date), current version:
	 * the one a new report is pre-filled from and compared with.
	 */
	Optional<NationalReport> previousReport(NationalReport report) {
		return this.jdbc.sql("""
				select r.id from national_report r
				join reporting_cycle c on c.id = r.cycle_id
				where r.state_id = :state and r.status = 'SUBMITTED' and not r.superseded
				  and c.opens_on < (select opens_on from reporting_cycle where id = :cycle)
				order by c.opens_on desc, r.submitted_at desc
				limit 1
				""")
			.param("state", report.getState().getId())
			.param("cycle", report.getCycleId())
			.query(Long.class)
			.optional()
			.flatMap(this.reports::findById);
	}

	/**
	 * Serialises the creation of a State's report versions in a cycle until the transaction
	 * ends, so a double click cannot start two drafts.
	 */
	void lockReportsOf(Long stateId, Long cycleId) {
		this.jdbc.sql("select 1 from (select pg_advisory_xact_lock(cast(:state as int), cast(:cycle as int))) locked")
			.param("state", stateId)
			.param("cycle", cycleId)
			.query(Integer.class)
			.single();
	}

	private Map<Long, ReportAnswer> answersOf(NationalReport report) {
		return new HashMap<>(ReportProgress.byId(this.answers.findByReportId(report.getId()),
				ReportAnswer::getQuestionId));
	}

	Questionnaire questionnaireOf(NationalReport report) {
		return this.templates.get(this.cycles.get(report.getCycleId()).getTemplateId());
	}

	private NationalReport load(Long reportId) {
		return this.reports.findForChange(reportId).orElseThrow(() -> new NotFoundException("report", reportId));
	}

	private NationalReport editable(Viewer viewer, Long reportId) {
		NationalReport report = load(reportId);
		if (!viewer.representsState(report.getState().getId())) {
			throw new ReportAccessDeniedException(reportId);
		}
		if (!report.isEditableBy(viewer)) {
			throw new ReportWorkflowException("reportWorkflow.notEditable");
		}
		return report;
	}

	private void record(NationalReport report, ReportEventKind kind, String comment, Viewer viewer) {
		this.events.save(new ReportEvent(report.getId(), kind, comment, this.clock.instant(), viewer.username()));
	}

}
