package org.unoda.poa.meetings.agenda;

import java.util.EnumSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import org.unoda.poa.core.framework.Pillar;
import org.unoda.poa.core.persistence.AuditedEntity;

/**
 * An item of a meeting's agenda, tagged with the pillars of the framework it deals with.
 */
@Entity
@Table(name = "agenda_item")
public class AgendaItem extends AuditedEntity {

	private Long meetingId;

	private int position;

	private String title;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "agenda_item_pillar", joinColumns = @JoinColumn(name = "agenda_item_id"))
	@Column(name = "pillar")
	@Enumerated(EnumType.STRING)
	private Set<Pillar> pillars = EnumSet.noneOf(Pillar.class);

	protected AgendaItem() {
	}

	AgendaItem(Long meetingId, int position, String title, Set<Pillar> pillars) {
		this.meetingId = meetingId;
		this.position = position;
		this.title = title;
		this.pillars = pillars.isEmpty() ? EnumSet.noneOf(Pillar.class) : EnumSet.copyOf(pillars);
	}

	void moveTo(int position) {
		this.position = position;
	}

	public Long getMeetingId() {
		return this.meetingId;
	}

	public int getPosition() {
		return this.position;
	}

	public String getTitle() {
		return this.title;
	}

	/**
	 * The pillars, in the framework's order.
	 */
	public Set<Pillar> getPillars() {
		return this.pillars.isEmpty() ? EnumSet.noneOf(Pillar.class) : EnumSet.copyOf(this.pillars);
	}

}
