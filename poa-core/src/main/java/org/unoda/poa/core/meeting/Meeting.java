package org.unoda.poa.core.meeting;

import java.time.LocalDate;
import java.util.Map;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import org.springframework.util.Assert;
import org.unoda.poa.core.FieldRejectedException;
import org.unoda.poa.core.language.Localized;
import org.unoda.poa.core.language.Translations;
import org.unoda.poa.core.persistence.AuditedEntity;

/**
 * A meeting of the Programme of Action, through its life: planned (internal), announced,
 * open for registration until a deadline, in session, concluded with an outcome, or
 * cancelled. Agendas, documents and registration are kept by the meetings module.
 */
@Entity
@Table(name = "meeting")
public class Meeting extends AuditedEntity {

	/**
	 * The language titles are written in; translations give the others.
	 */
	public static final String WRITTEN_IN = "en";

	@Enumerated(EnumType.STRING)
	private MeetingType type;

	private String title;

	private LocalDate startDate;

	private LocalDate endDate;

	@Enumerated(EnumType.STRING)
	private DutyStation dutyStation;

	@Enumerated(EnumType.STRING)
	private MeetingStatus status = MeetingStatus.PLANNED;

	@Enumerated(EnumType.STRING)
	private MeetingFormat format = MeetingFormat.IN_PERSON;

	private String venue;

	private LocalDate registrationDeadline;

	@Enumerated(EnumType.STRING)
	private MeetingOutcome outcome;

	private String outcomeSummary;

	@JdbcTypeCode(SqlTypes.JSON)
	private Map<String, Map<String, String>> translations = Map.of();

	protected Meeting() {
	}

	/**
	 * The title as a reader of the given language is shown it: its translation when there is
	 * one, otherwise as written, in English.
	 */
	public Localized titleIn(String reader) {
		return getTranslations().pick("title", this.title, WRITTEN_IN, reader);
	}

	public Translations getTranslations() {
		return Translations.of(this.translations);
	}

	/**
	 * Replaces the title's translations, language by language; blank ones are removed.
	 */
	public void translateTitle(Map<String, String> titles) {
		this.translations = Translations.ofField("title", titles, WRITTEN_IN).texts();
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

	/**
	 * Changes what the secretariat may correct until the meeting is over.
	 */
	public void change(String title, LocalDate startDate, LocalDate endDate, DutyStation dutyStation,
			MeetingFormat format, String venue) {
		if (isOver()) {
			throw new FieldRejectedException("status", "meeting.over");
		}
		if (endDate.isBefore(startDate)) {
			throw new FieldRejectedException("end", "meeting.endBeforeStart");
		}
		if (this.registrationDeadline != null && this.registrationDeadline.isAfter(endDate)) {
			throw new FieldRejectedException("end", "meeting.endBeforeDeadline");
		}
		this.title = title;
		this.startDate = startDate;
		this.endDate = endDate;
		this.dutyStation = dutyStation;
		this.format = format;
		this.venue = venue;
	}

	/**
	 * Opens registration of delegations until the end of the given day, or moves the deadline.
	 */
	public void openRegistration(LocalDate deadline, LocalDate today) {
		if (this.status != MeetingStatus.ANNOUNCED && this.status != MeetingStatus.IN_SESSION) {
			throw new FieldRejectedException("deadline", "meeting.registration.notAnnounced");
		}
		if (deadline.isBefore(today) || deadline.isAfter(this.endDate)) {
			throw new FieldRejectedException("deadline", "meeting.registration.deadlineInvalid");
		}
		this.registrationDeadline = deadline;
	}

	/**
	 * The deadline offered when registration is first opened: two weeks before the first day,
	 * so that the secretariat can prepare badges and the list of participants, but never before
	 * today.
	 */
	public LocalDate suggestedRegistrationDeadline(LocalDate today) {
		LocalDate twoWeeksBefore = this.startDate.minusWeeks(2);
		return twoWeeksBefore.isBefore(today) ? today : twoWeeksBefore;
	}

	public void closeRegistration() {
		this.registrationDeadline = null;
	}

	/**
	 * Whether delegations may register or change their registration on the given day.
	 */
	public boolean isOpenForRegistration(LocalDate today) {
		return (this.status == MeetingStatus.ANNOUNCED || this.status == MeetingStatus.IN_SESSION)
				&& this.registrationDeadline != null && !today.isAfter(this.registrationDeadline);
	}

	public void openSession() {
		if (this.status != MeetingStatus.ANNOUNCED) {
			throw new FieldRejectedException("status", "meeting.notAnnounced");
		}
		this.status = MeetingStatus.IN_SESSION;
	}

	/**
	 * Closes the meeting with its outcome, or corrects the outcome of a concluded one.
	 */
	public void conclude(MeetingOutcome outcome, String summary) {
		if (this.status != MeetingStatus.ANNOUNCED && this.status != MeetingStatus.IN_SESSION
				&& this.status != MeetingStatus.CONCLUDED) {
			throw new FieldRejectedException("outcome", "meeting.cannotConclude");
		}
		this.status = MeetingStatus.CONCLUDED;
		this.outcome = outcome;
		this.outcomeSummary = summary;
		this.registrationDeadline = null;
	}

	public void cancel() {
		if (isOver()) {
			throw new FieldRejectedException("status", "meeting.over");
		}
		this.status = MeetingStatus.CANCELLED;
		this.registrationDeadline = null;
	}

	/**
	 * Whether the meeting is concluded or cancelled, and so no longer changes.
	 */
	public boolean isOver() {
		return this.status == MeetingStatus.CONCLUDED || this.status == MeetingStatus.CANCELLED;
	}

	public boolean isPublic() {
		return this.status.isPublic();
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

	public MeetingFormat getFormat() {
		return this.format;
	}

	public String getVenue() {
		return this.venue;
	}

	public LocalDate getRegistrationDeadline() {
		return this.registrationDeadline;
	}

	public MeetingOutcome getOutcome() {
		return this.outcome;
	}

	public String getOutcomeSummary() {
		return this.outcomeSummary;
	}

}
