package org.unoda.poa.reporting.cycle;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unoda.poa.core.FieldRejectedException;
import org.unoda.poa.core.NotFoundException;
import org.unoda.poa.reporting.template.Templates;

/**
 * Opens reporting cycles and keeps their dates. Anyone may read cycles; only the secretariat
 * opens or changes them.
 */
@Service
@Transactional(readOnly = true)
public class ReportingCycles {

	private final ReportingCycleRepository cycles;

	private final Templates templates;

	private final Clock clock;

	ReportingCycles(ReportingCycleRepository cycles, Templates templates, Clock clock) {
		this.cycles = cycles;
		this.templates = templates;
		this.clock = clock;
	}

	public List<ReportingCycle> all() {
		return this.cycles.findAllNewestFirst();
	}

	public ReportingCycle get(Long id) {
		return this.cycles.findById(id).orElseThrow(() -> new NotFoundException("cycle", id));
	}

	/**
	 * The cycles open for filing today (including those past their deadline that still
	 * accept late reports), newest first.
	 */
	public List<ReportingCycle> acceptingReports() {
		LocalDate today = today();
		return all().stream().filter((c) -> c.phaseOn(today) != CyclePhase.UPCOMING).toList();
	}

	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

	@Transactional
	@PreAuthorize("hasAnyRole('SECRETARIAT', 'ADMIN')")
	public ReportingCycle open(String title, Long templateId, LocalDate opensOn, LocalDate deadline,
			List<Integer> reminderDays) {
		if (!this.templates.get(templateId).isPublished()) {
			throw new FieldRejectedException("templateId", "cycle.template.notPublished");
		}
		return this.cycles.save(new ReportingCycle(title, templateId, opensOn, deadline, reminderDays));
	}

	@Transactional
	@PreAuthorize("hasAnyRole('SECRETARIAT', 'ADMIN')")
	public void extendDeadline(Long id, long version, LocalDate newDeadline) {
		load(id, version).extendDeadline(newDeadline);
	}

	@Transactional
	@PreAuthorize("hasAnyRole('SECRETARIAT', 'ADMIN')")
	public void changeReminders(Long id, long version, List<Integer> reminderDays) {
		load(id, version).changeReminders(reminderDays);
	}

	private ReportingCycle load(Long id, long version) {
		ReportingCycle cycle = get(id);
		if (cycle.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(ReportingCycle.class, id);
		}
		return cycle;
	}

}
