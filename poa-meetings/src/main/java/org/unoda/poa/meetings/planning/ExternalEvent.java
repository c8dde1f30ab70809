package org.unoda.poa.meetings.planning;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.unoda.poa.core.meeting.DutyStation;
import org.unoda.poa.core.persistence.AuditedEntity;

/**
 * A meeting of another process, or a UN holiday, on the calendar the plan keeps clear of.
 */
@Entity
@Table(name = "external_event")
public class ExternalEvent extends AuditedEntity {

	private String title;

	@Enumerated(EnumType.STRING)
	private CalendarProcess process;

	private LocalDate startDate;

	private LocalDate endDate;

	@Enumerated(EnumType.STRING)
	private DutyStation dutyStation;

	private String uid;

	protected ExternalEvent() {
	}

	ExternalEvent(String title, CalendarProcess process, Window window, DutyStation dutyStation, String uid) {
		this.uid = uid;
		change(title, process, window, dutyStation);
	}

	void change(String newTitle, CalendarProcess newProcess, Window window, DutyStation newDutyStation) {
		this.title = newTitle;
		this.process = newProcess;
		this.startDate = window.start();
		this.endDate = window.end();
		this.dutyStation = newDutyStation;
	}

	Busy asBusy() {
		return new Busy(this.title, new Window(this.startDate, this.endDate), this.dutyStation, this.process);
	}

	public String getTitle() {
		return this.title;
	}

	public CalendarProcess getProcess() {
		return this.process;
	}

	public LocalDate getStartDate() {
		return this.startDate;
	}

	public LocalDate getEndDate() {
		return this.endDate;
	}

	public DutyStation getDutyStation() {
		return this.dutyStation;
	}

	public String getUid() {
		return this.uid;
	}

}
