package org.unoda.poa.meetings.registration;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unoda.poa.core.FieldRejectedException;
import org.unoda.poa.core.NotFoundException;
import org.unoda.poa.core.file.StoredFile;
import org.unoda.poa.core.file.StoredFiles;
import org.unoda.poa.core.file.Upload;
import org.unoda.poa.core.meeting.Meeting;
import org.unoda.poa.core.meeting.MeetingCalendar;
import org.unoda.poa.core.meeting.MeetingRepository;
import org.unoda.poa.core.organisation.Organisations;
import org.unoda.poa.core.state.States;
import org.unoda.poa.core.user.Role;
import org.unoda.poa.core.user.Viewer;
import org.unoda.poa.meetings.accreditation.Accreditations;

/**
 * The registration of States' delegations. Any delegate of a State prepares its delegation
 * and submits it with the note verbale while registration is open; the secretariat approves
 * it or returns it with a reason. Nobody else sees a registration.
 */
@Service
@Transactional(readOnly = true)
public class Registrations {

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private final DelegationRegistrationRepository registrations;

	private final MeetingRepository meetings;

	private final MeetingCalendar calendar;

	private final States states;

	private final StoredFiles files;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final Accreditations accreditations;

	private final Organisations organisations;

	Registrations(DelegationRegistrationRepository registrations, MeetingRepository meetings,
			MeetingCalendar calendar, States states, StoredFiles files, Clock clock, ApplicationEventPublisher events,
			Accreditations accreditations, Organisations organisations) {
		this.accreditations = accreditations;
		this.organisations = organisations;
		this.events = events;
		this.registrations = registrations;
		this.meetings = meetings;
		this.calendar = calendar;
		this.states = states;
		this.files = files;
		this.clock = clock;
	}

	/**
	 * The registration of the viewer's State, or of the viewer's organisation, for a meeting, if
	 * it has started one.
	 */
	public Optional<DelegationRegistration> own(Viewer viewer, Long meetingId) {
		if (viewer.isStateUser()) {
			this.calendar.find(viewer, meetingId);
			return this.registrations.findByMeetingAndState(meetingId, viewer.stateId());
		}
		if (viewer.hasRole(Role.STAKEHOLDER)) {
			this.calendar.find(viewer, meetingId);
			return this.registrations.findByMeetingAndOrganisation(meetingId, viewer.organisationId());
		}
		return Optional.empty();
	}

	/**
	 * Whether the viewer may register a delegation: a State's delegate, or a representative of
	 * an accredited organisation.
	 */
	public boolean mayRegister(Viewer viewer) {
		return viewer.isStateUser()
				|| (viewer.hasRole(Role.STAKEHOLDER) && this.accreditations.isAccredited(viewer.organisationId()));
	}

	/**
	 * Adds a participant to the viewer's State's delegation, starting its registration if
	 * needed.
	 */
	@Transactional
	public DelegationRegistration addParticipant(Viewer viewer, Long meetingId, ParticipantDetails details) {
		check(details);
		DelegationRegistration registration = ownForChange(viewer, meetingId);
		registration.addParticipant(details);
		return this.registrations.saveAndFlush(registration);
	}

	@Transactional
	public void removeParticipant(Viewer viewer, Long meetingId, Long participantId) {
		ownForChange(viewer, meetingId).removeParticipant(participantId);
	}

	/**
	 * Attaches the note verbale (or replaces it), starting the registration if needed: a
	 * refused file changes nothing.
	 */
	@Transactional
	public void attachNoteVerbale(Viewer viewer, Long meetingId, Upload upload) {
		DelegationRegistration registration = ownForChange(viewer, meetingId);
		StoredFile stored = this.files.store(upload, viewer.username());
		registration.attachNoteVerbale(stored.getId());
		this.registrations.save(registration);
	}

	@Transactional
	public void submit(Viewer viewer, Long meetingId, long version) {
		DelegationRegistration registration = ownForChange(viewer, meetingId);
		requireVersion(registration, version);
		registration.submit(viewer.username(), this.clock.instant());
	}

	@Transactional
	public void withdraw(Viewer viewer, Long meetingId) {
		ownForChange(viewer, meetingId).withdraw();
	}

	/**
	 * Every registration for a meeting: States' by name, then organisations' by name.
	 */
	@PreAuthorize("hasAnyRole('SECRETARIAT', 'ADMIN')")
	public List<DelegationRegistration> ofMeeting(Long meetingId) {
		return this.registrations.findByMeeting(meetingId)
			.stream()
			.sorted(Comparator.comparing(DelegationRegistration::isOrganisation)
				.thenComparing((DelegationRegistration r) -> r.delegationName(Locale.ENGLISH)))
			.toList();
	}

	@Transactional
	@PreAuthorize("hasAnyRole('SECRETARIAT', 'ADMIN')")
	public void approve(Viewer viewer, Long meetingId, Long registrationId, long version) {
		DelegationRegistration registration = forDecision(meetingId, registrationId, version);
		registration.approve(viewer.username(), this.clock.instant());
		this.events.publishEvent(RegistrationDecided.of(registration, null));
	}

	@Transactional
	@PreAuthorize("hasAnyRole('SECRETARIAT', 'ADMIN')")
	public void returnForChanges(Viewer viewer, Long meetingId, Long registrationId, long version, String reason) {
		if (reason == null || reason.isBlank() || reason.length() > 2000) {
			throw new FieldRejectedException("reason", "registration.reasonRequired");
		}
		DelegationRegistration registration = forDecision(meetingId, registrationId, version);
		registration.returnForChanges(reason.strip(), viewer.username(), this.clock.instant());
		this.events.publishEvent(RegistrationDecided.of(registration, registration.getReturnReason()));
	}

	/**
	 * The note verbale of a registration (an organisation's letter of nomination), for the
	 * secretariat and the State's own delegates or the organisation's own representatives.
	 * @throws NotFoundException for anyone else, or when there is none
	 */
	public StoredFile noteVerbale(Viewer viewer, Long meetingId, Long registrationId) {
		DelegationRegistration registration = this.registrations.findWithParticipants(registrationId)
			.filter((r) -> r.getMeetingId().equals(meetingId))
			.filter((r) -> viewer.isSecretariatOrAdmin() || isOwn(viewer, r))
			.filter(DelegationRegistration::hasNoteVerbale)
			.orElseThrow(() -> new NotFoundException("note verbale", registrationId));
		return this.files.get(registration.getNoteVerbaleFileId());
	}

	private static boolean isOwn(Viewer viewer, DelegationRegistration registration) {
		return (registration.getState() != null) ? viewer.representsState(registration.getState().getId())
				: viewer.hasRole(Role.STAKEHOLDER)
						&& registration.getOrganisation().getId().equals(viewer.organisationId());
	}

	private DelegationRegistration ownForChange(Viewer viewer, Long meetingId) {
		if (!mayRegister(viewer)) {
			throw new AccessDeniedException("only a State's delegates, or an accredited organisation, register");
		}
		this.calendar.find(viewer, meetingId);
		// locking the meeting makes two first changes at once start one registration
		Meeting meeting = this.meetings.findForChange(meetingId)
			.orElseThrow(() -> new NotFoundException("meeting", meetingId));
		if (!meeting.isOpenForRegistration(LocalDate.now(this.clock))) {
			throw new FieldRejectedException("meeting", "registration.closed");
		}
		if (viewer.hasRole(Role.STAKEHOLDER)) {
			return this.registrations.findByMeetingAndOrganisation(meetingId, viewer.organisationId())
				.orElseGet(() -> this.registrations.saveAndFlush(new DelegationRegistration(meetingId,
						this.organisations.find(viewer.organisationId())
							.orElseThrow(() -> new NotFoundException("organisation", viewer.organisationId())))));
		}
		return this.registrations.findByMeetingAndState(meetingId, viewer.stateId())
			.orElseGet(() -> this.registrations.saveAndFlush(new DelegationRegistration(meetingId,
					this.states.find(viewer.stateId()).orElseThrow(() -> new NotFoundException("state", viewer.stateId())))));
	}

	private DelegationRegistration forDecision(Long meetingId, Long registrationId, long version) {
		DelegationRegistration registration = this.registrations.findWithParticipants(registrationId)
			.filter((r) -> r.getMeetingId().equals(meetingId))
			.orElseThrow(() -> new NotFoundException("registration", registrationId));
		requireVersion(registration, version);
		return registration;
	}

	private static void requireVersion(DelegationRegistration registration, long version) {
		if (registration.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(DelegationRegistration.class, registration.getId());
		}
	}

	private static void check(ParticipantDetails details) {
		if (details.function() == null) {
			throw new FieldRejectedException("function", "registration.functionRequired");
		}
		if (blankOrLonger(details.givenNames(), 120)) {
			throw new FieldRejectedException("givenNames", "registration.nameRequired");
		}
		if (blankOrLonger(details.familyName(), 120)) {
			throw new FieldRejectedException("familyName", "registration.nameRequired");
		}
		if (details.jobTitle() != null && details.jobTitle().length() > 300) {
			throw new FieldRejectedException("jobTitle", "registration.jobTitleTooLong");
		}
		if (details.email() != null && !details.email().isEmpty()
				&& (details.email().length() > 254 || !EMAIL.matcher(details.email()).matches())) {
			throw new FieldRejectedException("email", "registration.emailInvalid");
		}
		if (details.gender() == null) {
			throw new FieldRejectedException("gender", "registration.genderRequired");
		}
	}

	private static boolean blankOrLonger(String value, int length) {
		return value == null || value.isBlank() || value.length() > length;
	}

}
