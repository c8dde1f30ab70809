package org.unoda.poa.reporting.filing;

import java.time.Instant;

import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * How far one section of a report has got: how many times it was saved (a save based on an
 * older count is a conflict), and whether the State marked it unchanged since its last report.
 */
@Entity
@Table(name = "report_section")
class ReportSection {

	@EmbeddedId
	private SectionKey key;

	private boolean unchanged;

	private int edits;

	private Instant updatedAt;

	private String updatedBy;

	protected ReportSection() {
	}

	ReportSection(Long reportId, Long sectionId) {
		this.key = new SectionKey(reportId, sectionId);
	}

	void recordSave(boolean markedUnchanged, Instant when, String who) {
		this.unchanged = markedUnchanged;
		this.edits++;
		this.updatedAt = when;
		this.updatedBy = who;
	}

	SectionState state() {
		return new SectionState(this.key.sectionId(), this.unchanged, this.edits, this.updatedAt, this.updatedBy);
	}

	Long getSectionId() {
		return this.key.sectionId();
	}

	int getEdits() {
		return this.edits;
	}

}
