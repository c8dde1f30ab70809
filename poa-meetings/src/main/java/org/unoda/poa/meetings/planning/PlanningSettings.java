package org.unoda.poa.meetings.planning;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The settings the plan is generated with. One row.
 */
@Entity
@Table(name = "planning_settings")
public class PlanningSettings {

	@Id
	private Integer id;

	@Version
	private long version;

	private LocalDate establishmentDate;

	private int bufferDays;

	private int horizonYears;

	@Enumerated(EnumType.STRING)
	private CoincidingYears coincidingYears;

	protected PlanningSettings() {
	}

	PlanningSettings(LocalDate establishmentDate, int bufferDays, int horizonYears, CoincidingYears coincidingYears) {
		this.id = 1;
		change(establishmentDate, bufferDays, horizonYears, coincidingYears);
	}

	void change(LocalDate newEstablishmentDate, int newBufferDays, int newHorizonYears,
			CoincidingYears newCoincidingYears) {
		this.establishmentDate = newEstablishmentDate;
		this.bufferDays = newBufferDays;
		this.horizonYears = newHorizonYears;
		this.coincidingYears = newCoincidingYears;
	}

	public long getVersion() {
		return this.version;
	}

	public LocalDate getEstablishmentDate() {
		return this.establishmentDate;
	}

	public int getBufferDays() {
		return this.bufferDays;
	}

	public int getHorizonYears() {
		return this.horizonYears;
	}

	public CoincidingYears getCoincidingYears() {
		return this.coincidingYears;
	}

}
