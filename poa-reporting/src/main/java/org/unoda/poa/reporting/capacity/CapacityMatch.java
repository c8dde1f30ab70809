package org.unoda.poa.reporting.capacity;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.unoda.poa.core.FieldRejectedException;
import org.unoda.poa.core.persistence.AuditedEntity;

/**
 * A need and an offer the secretariat matched, having put the parties in contact, followed to
 * an outcome.
 */
@Entity
@Table(name = "capacity_match")
public class CapacityMatch extends AuditedEntity {

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "need_id")
	private CapacityNeed need;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "offer_id")
	private CapacityOffer offer;

	@Enumerated(EnumType.STRING)
	private MatchStatus status = MatchStatus.CONFIRMED;

	private String note;

	private String outcomeNote;

	private Instant outcomeAt;

	protected CapacityMatch() {
	}

	CapacityMatch(CapacityNeed need, CapacityOffer offer, String note) {
		this.need = need;
		this.offer = offer;
		this.note = note;
		need.matched();
	}

	/**
	 * Records where the match got to: a delivered match meets the need; one closed without
	 * result gives the need back to the open ones, unless another match still runs.
	 */
	void record(MatchStatus outcome, String outcomeNote, Instant at, boolean otherMatchLive) {
		if (!this.status.next().contains(outcome)) {
			throw new FieldRejectedException("status", "capacity.outcomeNotNext");
		}
		this.status = outcome;
		this.outcomeNote = outcomeNote;
		this.outcomeAt = at;
		if (outcome == MatchStatus.DELIVERED) {
			this.need.met();
		}
		else if (outcome == MatchStatus.CLOSED_WITHOUT_RESULT && !otherMatchLive
				&& this.need.getStatus() == NeedStatus.MATCHED) {
			this.need.reopen();
		}
	}

	public CapacityNeed getNeed() {
		return this.need;
	}

	public CapacityOffer getOffer() {
		return this.offer;
	}

	public MatchStatus getStatus() {
		return this.status;
	}

	public Optional<String> getNote() {
		return Optional.ofNullable(this.note);
	}

	public Optional<String> getOutcomeNote() {
		return Optional.ofNullable(this.outcomeNote);
	}

	public Optional<Instant> getOutcomeAt() {
		return Optional.ofNullable(this.outcomeAt);
	}

}
