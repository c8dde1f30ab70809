package org.unoda.poa.meetings.accreditation;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;
import org.unoda.poa.core.state.State;

/**
 * A State's objection to an application. Confidential: only the secretariat learns which State
 * objected and why; everybody else learns at most that an application was objected to.
 */
@Entity
@Immutable
@Table(name = "accreditation_objection")
public class Objection {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long applicationId;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "state_id")
	private State state;

	private String reason;

	private Instant objectedAt;

	private String objectedBy;

	protected Objection() {
	}

	Objection(Long applicationId, State state, String reason, Instant objectedAt, String objectedBy) {
		this.applicationId = applicationId;
		this.state = state;
		this.reason = reason;
		this.objectedAt = objectedAt;
		this.objectedBy = objectedBy;
	}

	public Long getApplicationId() {
		return this.applicationId;
	}

	public State getState() {
		return this.state;
	}

	public String getReason() {
		return this.reason;
	}

	public Instant getObjectedAt() {
		return this.objectedAt;
	}

	public String getObjectedBy() {
		return this.objectedBy;
	}

}
