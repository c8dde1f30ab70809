package org.unoda.poa.reporting.cycle;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.unoda.poa.core.FieldRejectedException;
import org.unoda.poa.core.persistence.AuditedEntity;

/**
 * A reporting cycle: States report on one template edition between an opening date and a
 * deadline. The deadline can be extended, never brought forward; the original stays on record.
 * A report submitted on or before the deadline day is on time.
 */
@Entity
@Table(name = "reporting_cycle")
public class ReportingCycle extends AuditedEntity {

	private String title;

	private Long templateId;

	private LocalDate opensOn;

	private LocalDate deadline;

	private LocalDate originalDeadline;

	private Integer[] reminderDays;

	protected ReportingCycle() {
	}

	ReportingCycle(String title, Long templateId, LocalDate opensOn, LocalDate deadline, List<Integer> reminderDays) {
		if (!deadline.isAfter(opensOn)) {
			throw new FieldRejectedException("deadline", "cycle.deadline.beforeOpening");
		}
		this.title = title;
		this.templateId = templateId;
		this.opensOn = opensOn;
		this.deadline = deadline;
		this.originalDeadline = deadline;
		changeReminders(reminderDays);
	}

	void extendDeadline(LocalDate newDeadline) {
		if (!newDeadline.isAfter(this.deadline)) {
			throw new FieldRejectedException("deadline", "cycle.deadline.notLater");
		}
		this.deadline = newDeadline;
	}

	void changeReminders(List<Integer> days) {
		if (days.stream().anyMatch((d) -> d == null || d < 0 || d > 365)) {
			throw new FieldRejectedException("reminderDays", "cycle.reminderDays.invalid");
		}
		this.reminderDays = days.stream().distinct().sorted((a, b) -> b - a).toArray(Integer[]::new);
	}

	public CyclePhase phaseOn(LocalDate day) {
		if (day.isBefore(this.opensOn)) {
			return CyclePhase.UPCOMING;
		}
		return day.isAfter(this.deadline) ? CyclePhase.PAST_DEADLINE : CyclePhase.OPEN;
	}

	/**
	 * The reminder point due on the given day: the nearest configured number of days before
	 * the deadline that has been reached. Points passed before the cycle opened are skipped,
	 * so a cycle opened late does not send several reminders at once.
	 */
	public Optional<Integer> reminderDueOn(LocalDate day) {
		if (phaseOn(day) != CyclePhase.OPEN) {
			return Optional.empty();
		}
		long daysLeft = ChronoUnit.DAYS.between(day, this.deadline);
		return Arrays.stream(this.reminderDays)
			.filter((d) -> d >= daysLeft)
			.filter((d) -> !this.deadline.minusDays(d).isBefore(this.opensOn))
			.min(Integer::compare);
	}

	public boolean isExtended() {
		return !this.deadline.equals(this.originalDeadline);
	}

	public String getTitle() {
		return this.title;
	}

	public Long getTemplateId() {
		return this.templateId;
	}

	public LocalDate getOpensOn() {
		return this.opensOn;
	}

	public LocalDate getDeadline() {
		return this.deadline;
	}

	public LocalDate getOriginalDeadline() {
		return this.originalDeadline;
	}

	public List<Integer> getReminderDays() {
		return List.of(this.reminderDays);
	}

}
