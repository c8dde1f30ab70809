package org.unoda.poa.meetings.contribution;

import java.time.Clock;
import java.util.List;

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
import org.unoda.poa.core.meeting.MeetingStatus;
import org.unoda.poa.core.organisation.Organisation;
import org.unoda.poa.core.organisation.Organisations;
import org.unoda.poa.core.user.Role;
import org.unoda.poa.core.user.Viewer;
import org.unoda.poa.meetings.accreditation.Accreditations;
import org.unoda.poa.meetings.agenda.MeetingDesk;

/**
 * Written contributions: an accredited organisation submits one to an announced meeting or one
 * of its agenda items; the secretariat publishes it on the meeting's page or declines it with a
 * reason. Until published, only the organisation and the secretariat read it.
 */
@Service
@Transactional(readOnly = true)
public class Contributions {

	static final int TITLE_LIMIT = 300;

	static final int BODY_LIMIT = 20000;

	private final WrittenContributionRepository contributions;

	private final MeetingCalendar calendar;

	private final MeetingDesk desk;

	private final Accreditations accreditations;

	private final Organisations organisations;

	private final StoredFiles files;

	private final Clock clock;

	Contributions(WrittenContributionRepository contributions, MeetingCalendar calendar, MeetingDesk desk,
			Accreditations accreditations, Organisations organisations, StoredFiles files, Clock clock) {
		this.contributions = contributions;
		this.calendar = calendar;
		this.desk = desk;
		this.accreditations = accreditations;
		this.organisations = organisations;
		this.files = files;
		this.clock = clock;
	}

	/**
	 * The published contributions to a meeting the viewer may see, those to the meeting as a
	 * whole first, then by agenda item.
	 */
	public List<WrittenContribution> published(Viewer viewer, Long meetingId) {
		this.calendar.find(viewer, meetingId);
		return this.contributions.findByMeetingAndStatus(meetingId, ContributionStatus.PUBLISHED);
	}

	/**
	 * Every contribution to a meeting, for the secretariat.
	 */
	@PreAuthorize("hasAnyRole('SECRETARIAT', 'ADMIN')")
	public List<WrittenContribution> all(Long meetingId) {
		return this.contributions.findByMeeting(meetingId);
	}

	/**
	 * The contributions of the viewer's organisation to a meeting; none for anyone else.
	 */
	public List<WrittenContribution> ofOwnOrganisation(Viewer viewer, Long meetingId) {
		return viewer.hasRole(Role.STAKEHOLDER)
				? this.contributions.findByMeetingAndOrganisation(meetingId, viewer.organisationId()) : List.of();
	}

	/**
	 * Whether the viewer may contribute to the meeting: a representative of an accredited
	 * organisation, while the meeting is announced or in session.
	 */
	public boolean mayContribute(Viewer viewer, Meeting meeting) {
		return viewer.hasRole(Role.STAKEHOLDER) && isOpen(meeting)
				&& this.accreditations.isAccredited(viewer.organisationId());
	}

	/**
	 * The viewer's accredited organisation submits a contribution, with its document if any,
	 * in one transaction: a refused file leaves no contribution.
	 */
	@Transactional
	public WrittenContribution submit(Viewer viewer, Long meetingId, Long agendaItemId, String title, String body,
			Upload upload) {
		Meeting meeting = this.calendar.find(viewer, meetingId);
		if (!viewer.hasRole(Role.STAKEHOLDER) || !this.accreditations.isAccredited(viewer.organisationId())) {
			throw new AccessDeniedException("only accredited organisations contribute");
		}
		if (!isOpen(meeting)) {
			throw new FieldRejectedException("contributionTitle", "contribution.meetingClosed");
		}
		require("contributionTitle", title, TITLE_LIMIT);
		require("body", body, BODY_LIMIT);
		if (agendaItemId != null
				&& this.desk.agenda(meetingId).stream().noneMatch((item) -> item.getId().equals(agendaItemId))) {
			throw new FieldRejectedException("agendaItemId", "document.agendaItem.invalid");
		}
		Organisation organisation = this.organisations.find(viewer.organisationId())
			.orElseThrow(() -> new NotFoundException("organisation", viewer.organisationId()));
		Long fileId = (upload != null) ? this.files.store(upload, viewer.username()).getId() : null;
		return this.contributions.save(new WrittenContribution(meetingId, agendaItemId, organisation, title.strip(),
				body.strip(), fileId));
	}

	@Transactional
	@PreAuthorize("hasAnyRole('SECRETARIAT', 'ADMIN')")
	public void publish(Viewer viewer, Long meetingId, Long id, long version) {
		forChange(meetingId, id, version).publish(viewer.username(), this.clock.instant());
	}

	@Transactional
	@PreAuthorize("hasAnyRole('SECRETARIAT', 'ADMIN')")
	public void decline(Viewer viewer, Long meetingId, Long id, long version, String reason) {
		forChange(meetingId, id, version).decline(reason, viewer.username(), this.clock.instant());
	}

	/**
	 * The organisation takes back a contribution the secretariat has not decided on.
	 */
	@Transactional
	public void withdraw(Viewer viewer, Long meetingId, Long id, long version) {
		WrittenContribution contribution = forChange(meetingId, id, version);
		if (!isOwn(viewer, contribution)) {
			throw new AccessDeniedException("only the organisation withdraws its contribution");
		}
		contribution.withdraw();
	}

	/**
	 * A contribution's document: a published one for whoever may see the meeting, any other for
	 * its organisation and the secretariat.
	 * @throws NotFoundException otherwise, or when it has none
	 */
	public StoredFile file(Viewer viewer, Long meetingId, Long id) {
		this.calendar.find(viewer, meetingId);
		WrittenContribution contribution = this.contributions.findInMeeting(meetingId, id)
			.orElseThrow(() -> new NotFoundException("contribution", id));
		if (!contribution.isPublished() && !viewer.isSecretariatOrAdmin() && !isOwn(viewer, contribution)) {
			throw new NotFoundException("contribution", id);
		}
		return this.files.get(contribution.getFileId().orElseThrow(() -> new NotFoundException("file", id)));
	}

	private static boolean isOwn(Viewer viewer, WrittenContribution contribution) {
		return viewer.hasRole(Role.STAKEHOLDER) && contribution.getOrganisation().getId().equals(viewer.organisationId());
	}

	private static boolean isOpen(Meeting meeting) {
		return meeting.getStatus() == MeetingStatus.ANNOUNCED || meeting.getStatus() == MeetingStatus.IN_SESSION;
	}

	private WrittenContribution forChange(Long meetingId, Long id, long version) {
		WrittenContribution contribution = this.contributions.findInMeeting(meetingId, id)
			.orElseThrow(() -> new NotFoundException("contribution", id));
		if (contribution.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(WrittenContribution.class, id);
		}
		return contribution;
	}

	private static void require(String field, String text, int limit) {
		if (text == null || text.isBlank()) {
			throw new FieldRejectedException(field, "contribution." + field + "Required");
		}
		if (text.strip().length() > limit) {
			throw new FieldRejectedException(field, "contribution.tooLong", limit);
		}
	}

}
