package org.unoda.poa.core.report;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.unoda.poa.core.persistence.AuditedEntity;
import org.unoda.poa.core.state.State;
import org.unoda.poa.core.user.Viewer;

/**
 * A State's voluntary national report. Cycles, templates and answers are added by the
 * reporting module; this aggregate owns the one rule everybody depends on: who may read it.
 */
@Entity
@Table(name = "national_report")
public class NationalReport extends AuditedEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "state_id")
	private State state;

	private String title;

	@Enumerated(EnumType.STRING)
	private ReportStatus status = ReportStatus.DRAFT;

	@Enumerated(EnumType.STRING)
	private ReportVisibility visibility;

	private String language;

	private Instant submittedAt;

	protected NationalReport() {
	}

	public NationalReport(State state, String title, ReportVisibility visibility, String language) {
		this.state = state;
		this.title = title;
		this.visibility = visibility;
		this.language = language;
	}

	/**
	 * Whether the viewer may read this report. The reporting State's own users always may;
	 * nobody else sees a report before it is submitted; after that, the visibility the State
	 * chose decides.
	 */
	public boolean isReadableBy(Viewer viewer) {
		if (viewer.representsState(this.state.getId())) {
			return true;
		}
		if (this.status != ReportStatus.SUBMITTED) {
			return false;
		}
		return switch (this.visibility) {
			case PUBLIC -> true;
			case STATES -> viewer.isStateUser() || viewer.isSecretariatOrAdmin();
			case SECRETARIAT -> viewer.isSecretariatOrAdmin();
		};
	}

	/**
	 * Marks the report submitted; the full workflow is the reporting module's.
	 */
	public void submit(Instant when) {
		this.status = ReportStatus.SUBMITTED;
		this.submittedAt = when;
	}

	public State getState() {
		return this.state;
	}

	public String getTitle() {
		return this.title;
	}

	public ReportStatus getStatus() {
		return this.status;
	}

	public ReportVisibility getVisibility() {
		return this.visibility;
	}

	public String getLanguage() {
		return this.language;
	}

	public Optional<Instant> getSubmittedAt() {
		return Optional.ofNullable(this.submittedAt);
	}

}
