package org.unoda.poa.core.meeting;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.springframework.util.Assert;
import org.unoda.poa.core.persistence.AuditedEntity;

/**
 * A meeting of the Programme of Action. Agendas, documents and registration are added by the
 * meetings module.
 */
@Entity
@Table(name = "meeting")
public class Meeting extends AuditedEntity {

	@Enumerated(EnumType.STRING)
	private MeetingType type;

	private String title;

	private LocalDate startDate;

	private LocalDate endDate;

	@Enumerated(EnumType.STRING)
	private DutyStation dutyStation;

	@Enumerated(EnumType.STRING)
	private MeetingStatus status = MeetingStatus.PLANNED;

	protected Meeting() {
	}

	public Meeting(MeetingType type, String title, LocalDate startDate, LocalDate endDate, DutyStation dutyStation) {
		Assert.isTrue(!endDate.isBefore(startDate), "a meeting cannot end before it starts");
		this.type = type;
		this.title = title;
		this.startDate = startDate;
		this.endDate = endDate;
		this.dutyStation = dutyStation;
	}

	/**
	 * Makes a planned meeting public.
	 * @throws IllegalStateException when it is not planned
	 */
	public void announce() {
		if (this.status != MeetingStatus.PLANNED) {
			throw new IllegalStateException("only a planned meeting can be announced");
		}
		this.status = MeetingStatus.ANNOUNCED;
	}

	public MeetingType getType() {
		return this.type;
	}

	public String getTitle() {
		return this.title;
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

	public MeetingStatus getStatus() {
		return this.status;
	}

}
