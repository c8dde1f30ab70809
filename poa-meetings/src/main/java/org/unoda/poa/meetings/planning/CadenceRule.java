package org.unoda.poa.meetings.planning;

import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.unoda.poa.core.meeting.DutyStation;
import org.unoda.poa.core.meeting.MeetingType;
import org.unoda.poa.core.persistence.AuditedEntity;

/**
 * How often one kind of meeting is held: the first so many years after establishment, then
 * every so many years (or once), in the preferred months, for so many working days, at a duty
 * station. A higher rank wins a year two meetings share, if the settings say so.
 */
@Entity
@Table(name = "cadence_rule")
public class CadenceRule extends AuditedEntity {

	@Enumerated(EnumType.STRING)
	private MeetingType meetingType;

	private int firstAfterYears;

	private Integer everyYears;

	private Integer[] preferredMonths;

	private int lengthDays;

	@Enumerated(EnumType.STRING)
	private DutyStation dutyStation;

	@Column(name = "rank")
	private int rank;

	private boolean active = true;

	protected CadenceRule() {
	}

	CadenceRule(MeetingType meetingType, int firstAfterYears, Integer everyYears, List<Integer> preferredMonths,
			int lengthDays, DutyStation dutyStation, int rank) {
		this.meetingType = meetingType;
		this.rank = rank;
		change(firstAfterYears, everyYears, preferredMonths, lengthDays, dutyStation, true);
	}

	void change(int newFirstAfterYears, Integer newEveryYears, List<Integer> newPreferredMonths, int newLengthDays,
			DutyStation newDutyStation, boolean newActive) {
		this.firstAfterYears = newFirstAfterYears;
		this.everyYears = newEveryYears;
		this.preferredMonths = newPreferredMonths.stream().distinct().sorted().toArray(Integer[]::new);
		this.lengthDays = newLengthDays;
		this.dutyStation = newDutyStation;
		this.active = newActive;
	}

	/**
	 * Whether the meeting falls in the given year, counted from the year of establishment.
	 */
	public boolean fallsIn(int yearsAfterEstablishment) {
		if (yearsAfterEstablishment == this.firstAfterYears) {
			return true;
		}
		return this.everyYears != null && yearsAfterEstablishment > this.firstAfterYears
				&& (yearsAfterEstablishment - this.firstAfterYears) % this.everyYears == 0;
	}

	public MeetingType getMeetingType() {
		return this.meetingType;
	}

	public int getFirstAfterYears() {
		return this.firstAfterYears;
	}

	public Integer getEveryYears() {
		return this.everyYears;
	}

	public List<Integer> getPreferredMonths() {
		return Arrays.asList(this.preferredMonths);
	}

	public int getLengthDays() {
		return this.lengthDays;
	}

	public DutyStation getDutyStation() {
		return this.dutyStation;
	}

	public int getRank() {
		return this.rank;
	}

	public boolean isActive() {
		return this.active;
	}

}
