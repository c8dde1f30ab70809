package org.unoda.poa.meetings.registration;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.unoda.poa.core.FieldRejectedException;
import org.unoda.poa.core.persistence.AuditedEntity;
import org.unoda.poa.core.organisation.Organisation;
import org.unoda.poa.core.state.State;

/**
 * A State's delegation to a meeting: its participants and the note verbale of the Permanent
 * Mission that accredits them, prepared by the State's delegates, then approved by the
 * secretariat or returned to them with a reason.
 */
@Entity
@Table(name = "delegation_registration")
public class DelegationRegistration extends AuditedEntity {

	private Long meetingId;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "state_id")
	private State state;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "organisation_id")
	private Organisation organisation;

	@Enumerated(EnumType.STRING)
	private RegistrationStatus status = RegistrationStatus.DRAFT;

	private Long noteVerbaleFileId;

	private String returnReason;

	private Instant submittedAt;

	private String submittedBy;

	private Instant decidedAt;

	private String decidedBy;

	@OneToMany(mappedBy = "registration", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<Participant> participants = new ArrayList<>();

	protected DelegationRegistration() {
	}

	DelegationRegistration(Long meetingId, State state) {
		this.meetingId = meetingId;
		this.state = state;
	}

	/**
	 * The registration of an accredited organisation's representatives.
	 */
	DelegationRegistration(Long meetingId, Organisation organisation) {
		this.meetingId = meetingId;
		this.organisation = organisation;
	}

	void addParticipant(ParticipantDetails details) {
		requireEditable();
		if (details.function() == ParticipantFunction.HEAD && head() != null) {
			throw new FieldRejectedException("function", "registration.oneHead");
		}
		int next = this.participants.stream().mapToInt(Participant::getPosition).max().orElse(0) + 1;
		this.participants.add(new Participant(this, next, details));
	}

	void removeParticipant(Long participantId) {
		requireEditable();
		if (!this.participants.removeIf((p) -> participantId.equals(p.getId()))) {
			throw new FieldRejectedException("participant", "registration.noSuchParticipant");
		}
	}

	void attachNoteVerbale(Long storedFileId) {
		requireEditable();
		this.noteVerbaleFileId = storedFileId;
	}

	/**
	 * Sends the registration to the secretariat: it needs a head of delegation and, for a
	 * State, the note verbale; an organisation's letter of nomination is optional.
	 */
	void submit(String username, Instant now) {
		requireEditable();
		if (head() == null) {
			throw new FieldRejectedException("function", "registration.headMissing");
		}
		if (this.noteVerbaleFileId == null && this.organisation == null) {
			throw new FieldRejectedException("noteVerbale", "registration.noteVerbaleMissing");
		}
		this.status = RegistrationStatus.SUBMITTED;
		this.submittedAt = now;
		this.submittedBy = username;
		this.returnReason = null;
	}

	/**
	 * Takes a submitted registration back to change it before the secretariat decides.
	 */
	void withdraw() {
		if (this.status != RegistrationStatus.SUBMITTED) {
			throw new FieldRejectedException("status", "registration.notSubmitted");
		}
		this.status = RegistrationStatus.DRAFT;
	}

	void approve(String username, Instant now) {
		if (this.status != RegistrationStatus.SUBMITTED) {
			throw new FieldRejectedException("status", "registration.notSubmitted");
		}
		this.status = RegistrationStatus.APPROVED;
		this.decidedAt = now;
		this.decidedBy = username;
	}

	/**
	 * Returns a submitted or approved registration to the delegation, with the reason.
	 */
	void returnForChanges(String reason, String username, Instant now) {
		if (this.status != RegistrationStatus.SUBMITTED && this.status != RegistrationStatus.APPROVED) {
			throw new FieldRejectedException("status", "registration.notSubmitted");
		}
		this.status = RegistrationStatus.RETURNED;
		this.returnReason = reason;
		this.decidedAt = now;
		this.decidedBy = username;
	}

	private void requireEditable() {
		if (!this.status.isEditable()) {
			throw new FieldRejectedException("status", "registration.notEditable");
		}
	}

	/**
	 * The head of delegation, or {@code null}.
	 */
	public Participant head() {
		return this.participants.stream()
			.filter((p) -> p.getFunction() == ParticipantFunction.HEAD)
			.findFirst()
			.orElse(null);
	}

	public Long getMeetingId() {
		return this.meetingId;
	}

	/**
	 * The State whose delegation this is, {@code null} for an organisation's.
	 */
	public State getState() {
		return this.state;
	}

	/**
	 * The organisation whose representatives these are, {@code null} for a State's delegation.
	 */
	public Organisation getOrganisation() {
		return this.organisation;
	}

	public boolean isOrganisation() {
		return this.organisation != null;
	}

	/**
	 * Whose delegation it is: the State's name in the reader's language, or the organisation's.
	 */
	public String delegationName(Locale locale) {
		return (this.state != null) ? this.state.getName(locale) : this.organisation.getName();
	}

	public RegistrationStatus getStatus() {
		return this.status;
	}

	public Long getNoteVerbaleFileId() {
		return this.noteVerbaleFileId;
	}

	public boolean hasNoteVerbale() {
		return this.noteVerbaleFileId != null;
	}

	public String getReturnReason() {
		return this.returnReason;
	}

	public Instant getSubmittedAt() {
		return this.submittedAt;
	}

	public String getSubmittedBy() {
		return this.submittedBy;
	}

	public Instant getDecidedAt() {
		return this.decidedAt;
	}

	public String getDecidedBy() {
		return this.decidedBy;
	}

	/**
	 * The participants by function (head first), then in the order they were added.
	 */
	public List<Participant> getParticipants() {
		return this.participants.stream()
			.sorted(Comparator.comparing(Participant::getFunction).thenComparing(Participant::getPosition))
			.toList();
	}

}
