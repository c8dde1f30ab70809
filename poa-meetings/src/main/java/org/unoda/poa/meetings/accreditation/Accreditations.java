package org.unoda.poa.meetings.accreditation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.unoda.poa.core.FieldRejectedException;
import org.unoda.poa.core.NotFoundException;
import org.unoda.poa.core.organisation.Organisation;
import org.unoda.poa.core.organisation.Organisations;
import org.unoda.poa.core.state.States;
import org.unoda.poa.core.user.Viewer;

/**
 * Accreditation by non-objection. A stakeholder organisation applies; the secretariat
 * circulates the application to the States with a deadline, or, for an organisation with
 * ECOSOC status, follows the configured lighter path; a State's approver may object before the
 * deadline; when it passes, the organisation is accredited unless a State objected. Who
 * objected, and why, only the secretariat learns.
 */
@Service
@Transactional(readOnly = true)
public class Accreditations {

	private static final Logger logger = LoggerFactory.getLogger(Accreditations.class);

	private static final String SYSTEM = "system";

	private static final List<AccreditationStatus> UNDER_WAY = List.of(AccreditationStatus.SUBMITTED,
			AccreditationStatus.CIRCULATED);

	private final AccreditationRepository applications;

	private final ObjectionRepository objections;

	private final RecordRepository record;

	private final AccreditationSettingsRepository settings;

	private final Organisations organisations;

	private final States states;

	private final Clock clock;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	Accreditations(AccreditationRepository applications, ObjectionRepository objections, RecordRepository record,
			AccreditationSettingsRepository settings, Organisations organisations, States states, Clock clock,
			TransactionTemplate transactions, ApplicationEventPublisher events) {
		this.events = events;
		this.applications = applications;
		this.objections = objections;
		this.record = record;
		this.settings = settings;
		this.organisations = organisations;
		this.states = states;
		this.clock = clock;
		this.transactions = transactions;
	}

	/**
	 * The viewer's organisation applies.
	 */
	@Transactional
	public AccreditationApplication apply(Viewer viewer, String purpose, String activities, String relevance) {
		if (viewer.organisationId() == null) {
			throw new AccessDeniedException("only an organisation's representatives apply for it");
		}
		requireText("purpose", purpose);
		requireText("activities", activities);
		requireText("relevance", relevance);
		if (this.applications.existsByOrganisationIdAndStatusIn(viewer.organisationId(), UNDER_WAY)
				|| !accreditedApplicationOf(viewer.organisationId()).isEmpty()) {
			throw new FieldRejectedException("purpose", "accreditation.alreadyApplied");
		}
		Organisation organisation = this.organisations.find(viewer.organisationId())
			.orElseThrow(() -> new NotFoundException("organisation", viewer.organisationId()));
		AccreditationApplication application = this.applications
			.saveAndFlush(new AccreditationApplication(organisation, purpose.strip(), activities.strip(),
					relevance.strip()));
		record(application, AccreditationStep.APPLIED, viewer.username());
		return application;
	}

	/**
	 * Circulates a submitted application to the States until the deadline the settings give;
	 * an organisation with ECOSOC status follows the lighter path instead.
	 */
	@Transactional
	@PreAuthorize("hasAnyRole('SECRETARIAT', 'ADMIN')")
	public void circulate(Viewer viewer, Long applicationId, long version) {
		AccreditationApplication application = forChange(applicationId, version);
		AccreditationSettings current = settings();
		Instant now = this.clock.instant();
		if (application.getOrganisation().hasEcosocStatus()) {
			if (current.getEcosocPath() == EcosocPath.SECRETARIAT_CONFIRMS) {
				application.confirm();
				record(application, AccreditationStep.ACCREDITED_ECOSOC, viewer.username());
				return;
			}
			application.circulate(now.plus(Duration.ofDays(current.getEcosocObjectionDays())));
		}
		else {
			application.circulate(now.plus(Duration.ofDays(current.getObjectionDays())));
		}
		record(application, AccreditationStep.CIRCULATED, viewer.username());
		this.events.publishEvent(new ApplicationCirculated(application.getId(), application.getOrganisation().getName(),
				application.getDeadline()));
	}

	/**
	 * A State objects, through its approver, before the deadline; once per State.
	 */
	@Transactional
	public void object(Viewer viewer, Long applicationId, String reason) {
		if (!viewer.isApproverOf(viewer.stateId())) {
			throw new AccessDeniedException("only a State's approver objects on its behalf");
		}
		AccreditationApplication application = this.applications.findForChange(applicationId)
			.orElseThrow(() -> new NotFoundException("application", applicationId));
		if (!application.isOpenForObjection(this.clock.instant())) {
			throw new FieldRejectedException("reason", "accreditation.notOpenForObjection");
		}
		if (this.objections.existsByApplicationIdAndStateId(applicationId, viewer.stateId())) {
			throw new FieldRejectedException("reason", "accreditation.alreadyObjected");
		}
		if (reason != null && reason.length() > 4000) {
			throw new FieldRejectedException("reason", "accreditation.reasonTooLong");
		}
		this.objections.saveAndFlush(new Objection(applicationId,
				this.states.find(viewer.stateId()).orElseThrow(() -> new NotFoundException("state", viewer.stateId())),
				(reason == null || reason.isBlank()) ? null : reason.strip(), this.clock.instant(), viewer.username()));
		record(application, AccreditationStep.OBJECTED, viewer.username());
	}

	/**
	 * Closes the applications whose deadline has passed, every minute, on one node at a time.
	 */
	@Scheduled(fixedDelayString = "${poa.accreditation.sweep-interval:PT1M}", initialDelayString = "PT20S")
	@SchedulerLock(name = "accreditation-deadlines", lockAtMostFor = "PT10M")
	public void closeDueOnSchedule() {
		closeDue();
	}

	/**
	 * Closes every application whose deadline has passed, each in its own transaction: without
	 * objection the organisation is accredited, otherwise not. Runs every minute, so outcomes
	 * are on time; a node that finds an application already closed by another leaves it.
	 * @return how many were closed
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public int closeDue() {
		int closed = 0;
		for (Long id : this.applications.findDue(this.clock.instant())) {
			Boolean done = this.transactions.execute((status) -> close(id));
			if (Boolean.TRUE.equals(done)) {
				closed++;
			}
		}
		if (closed > 0) {
			logger.info("Closed the objection period of {} accreditation applications", closed);
		}
		return closed;
	}

	private boolean close(Long id) {
		AccreditationApplication application = this.applications.findForChange(id).orElseThrow();
		Instant now = this.clock.instant();
		if (application.getStatus() != AccreditationStatus.CIRCULATED || now.isBefore(application.getDeadline())) {
			return false;
		}
		boolean objected = this.applications.hasObjections(id);
		application.close(objected, now);
		record(application, objected ? AccreditationStep.NOT_ACCREDITED : AccreditationStep.ACCREDITED, SYSTEM);
		return true;
	}

	/**
	 * The accredited organisations, by name: public.
	 */
	public List<AccreditationApplication> accredited() {
		return this.applications.findAccredited();
	}

	/**
	 * How many applications were not accredited because a State objected: public, without
	 * saying which or by whom.
	 */
	public long objectedCount() {
		return this.applications.countByStatus(AccreditationStatus.OBJECTED);
	}

	/**
	 * Every application, newest first.
	 */
	@PreAuthorize("hasAnyRole('SECRETARIAT', 'ADMIN')")
	public List<AccreditationApplication> all() {
		return this.applications.findAllNewestFirst();
	}

	/**
	 * One application, with its texts.
	 */
	@PreAuthorize("hasAnyRole('SECRETARIAT', 'ADMIN')")
	public AccreditationApplication find(Long applicationId) {
		return this.applications.findById(applicationId)
			.orElseThrow(() -> new NotFoundException("application", applicationId));
	}

	/**
	 * The objections to an application, with the State and reason: the secretariat's alone.
	 */
	@PreAuthorize("hasAnyRole('SECRETARIAT', 'ADMIN')")
	public List<Objection> objections(Long applicationId) {
		return this.applications.findObjections(applicationId);
	}

	/**
	 * The record of an application's steps.
	 */
	@PreAuthorize("hasAnyRole('SECRETARIAT', 'ADMIN')")
	public List<AccreditationEvent> history(Long applicationId) {
		return this.applications.findEvents(applicationId);
	}

	/**
	 * The applications circulated to the States now, for a State's delegates.
	 */
	public List<AccreditationApplication> circulated(Viewer viewer) {
		if (!viewer.isStateUser() && !viewer.isSecretariatOrAdmin()) {
			throw new AccessDeniedException("circulated applications are for States");
		}
		return this.applications.findCirculated();
	}

	/**
	 * The applications the viewer's State objected to: its own objections only.
	 */
	public Set<Long> objectedByOwnState(Viewer viewer) {
		return viewer.isStateUser() ? new HashSet<>(this.applications.findObjectedBy(viewer.stateId())) : Set.of();
	}

	/**
	 * The viewer's organisation's applications.
	 */
	public List<AccreditationApplication> ofOwnOrganisation(Viewer viewer) {
		return (viewer.organisationId() != null) ? this.applications.findByOrganisation(viewer.organisationId())
				: List.of();
	}

	public AccreditationSettings settings() {
		return this.settings.findById(1).orElseThrow(() -> new NotFoundException("accreditation settings", 1));
	}

	@Transactional
	@PreAuthorize("hasAnyRole('SECRETARIAT', 'ADMIN')")
	public void changeSettings(long version, int objectionDays, EcosocPath ecosocPath, int ecosocObjectionDays) {
		AccreditationSettings current = settings();
		if (current.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(AccreditationSettings.class, 1);
		}
		if (objectionDays < 1 || objectionDays > 180 || ecosocObjectionDays < 1 || ecosocObjectionDays > 180) {
			throw new FieldRejectedException("objectionDays", "accreditation.days.invalid");
		}
		current.change(objectionDays, ecosocPath, ecosocObjectionDays);
	}

	/**
	 * Whether the organisation is accredited.
	 */
	public boolean isAccredited(Long organisationId) {
		return organisationId != null && !accreditedApplicationOf(organisationId).isEmpty();
	}

	private List<AccreditationApplication> accreditedApplicationOf(Long organisationId) {
		return this.applications.findByOrganisation(organisationId)
			.stream()
			.filter((a) -> a.getStatus() == AccreditationStatus.ACCREDITED)
			.toList();
	}

	private AccreditationApplication forChange(Long applicationId, long version) {
		AccreditationApplication application = this.applications.findForChange(applicationId)
			.orElseThrow(() -> new NotFoundException("application", applicationId));
		if (application.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(AccreditationApplication.class, applicationId);
		}
		return application;
	}

	private void record(AccreditationApplication application, AccreditationStep step, String actor) {
		this.record.save(new AccreditationEvent(application.getId(), step, this.clock.instant(), actor));
	}

	private static void requireText(String field, String value) {
		if (value == null || value.isBlank() || value.length() > 4000) {
			throw new FieldRejectedException(field, "accreditation.text.invalid");
		}
	}

}
