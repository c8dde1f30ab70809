package org.unoda.poa.reporting.capacity;

import java.util.Optional;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.springframework.util.Assert;
import org.unoda.poa.core.persistence.AuditedEntity;
import org.unoda.poa.core.state.RegionalGroup;
import org.unoda.poa.core.state.State;

/**
 * A State's capacity-building need. The State decides whether everyone may read it; the
 * secretariat always may. A need turned from a report remembers the report and the answer.
 */
@Entity
@Table(name = "capacity_need")
public class CapacityNeed extends AuditedEntity {

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "state_id")
	private State state;

	private String title;

	private String description;

	@Embedded
	private Assistance assistance;

	@Enumerated(EnumType.STRING)
	private Urgency urgency;

	@Enumerated(EnumType.STRING)
	private RegionalGroup region;

	private String language;

	private boolean published;

	@Enumerated(EnumType.STRING)
	private NeedStatus status = NeedStatus.OPEN;

	private Long sourceReportId;

	private String sourceKey;

	protected CapacityNeed() {
	}

	CapacityNeed(State state, NeedDetails details, Assistance assistance) {
		this.state = state;
		describe(details, assistance);
	}

	CapacityNeed(State state, NeedDetails details, Assistance assistance, Long sourceReportId, String sourceKey) {
		this(state, details, assistance);
		this.sourceReportId = sourceReportId;
		this.sourceKey = sourceKey;
	}

	void describe(NeedDetails details, Assistance assistance) {
		Assert.state(this.status != NeedStatus.WITHDRAWN, "a withdrawn need is not changed");
		this.title = details.title().strip();
		this.description = details.description().strip();
		this.assistance = assistance;
		this.urgency = details.urgency();
		this.region = details.region();
		this.language = details.language();
		this.published = details.published();
	}

	void withdraw() {
		Assert.state(this.status == NeedStatus.OPEN, "only an open need is withdrawn");
		this.status = NeedStatus.WITHDRAWN;
	}

	void matched() {
		this.status = NeedStatus.MATCHED;
	}

	void met() {
		this.status = NeedStatus.MET;
	}

	void reopen() {
		this.status = NeedStatus.OPEN;
	}

	public boolean isOpen() {
		return this.status == NeedStatus.OPEN;
	}

	public State getState() {
		return this.state;
	}

	public String getTitle() {
		return this.title;
	}

	public String getDescription() {
		return this.description;
	}

	public Assistance getAssistance() {
		return this.assistance;
	}

	public Urgency getUrgency() {
		return this.urgency;
	}

	public Optional<RegionalGroup> getRegion() {
		return Optional.ofNullable(this.region);
	}

	public String getLanguage() {
		return this.language;
	}

	public boolean isPublished() {
		return this.published;
	}

	public NeedStatus getStatus() {
		return this.status;
	}

	public Optional<Long> getSourceReportId() {
		return Optional.ofNullable(this.sourceReportId);
	}

	String getSourceKey() {
		return this.sourceKey;
	}

}
