package org.unoda.poa.meetings.agenda;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.unoda.poa.core.persistence.AuditedEntity;

/**
 * A working group established by the States to take a subject forward between the plenary
 * meetings; it meets in intersessional sessions.
 */
@Entity
@Table(name = "working_group")
public class WorkingGroup extends AuditedEntity {

	private String name;

	private String mandate;

	private LocalDate establishedOn;

	protected WorkingGroup() {
	}

	WorkingGroup(String name, String mandate, LocalDate establishedOn) {
		this.name = name;
		this.mandate = mandate;
		this.establishedOn = establishedOn;
	}

	public String getName() {
		return this.name;
	}

	public String getMandate() {
		return this.mandate;
	}

	public LocalDate getEstablishedOn() {
		return this.establishedOn;
	}

}
