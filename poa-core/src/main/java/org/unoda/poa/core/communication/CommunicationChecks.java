package org.unoda.poa.core.communication;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.unoda.poa.core.NotFoundException;
import org.unoda.poa.core.contact.DirectoryAccessDeniedException;
import org.unoda.poa.core.contact.PointOfContact;
import org.unoda.poa.core.contact.PointOfContactRepository;
import org.unoda.poa.core.user.Viewer;

/**
 * Runs communication checks: starts them, takes acknowledgements, reminds the silent, and
 * reports the results. Only the secretariat and administrators start and read checks; anyone
 * holding a valid link may acknowledge it.
 */
@Service
@Transactional
public class CommunicationChecks {

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final List<String> UN_LANGUAGES = List.of("ar", "zh", "en", "fr", "ru", "es");

	private final CommunicationCheckRepository checks;

	private final CheckMessageRepository messages;

	private final PointOfContactRepository contacts;

	private final CheckDispatcher dispatcher;

	private final CheckSettings settings;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CommunicationChecks(CommunicationCheckRepository checks, CheckMessageRepository messages,
			PointOfContactRepository contacts, CheckDispatcher dispatcher, CheckSettings settings,
			ApplicationEventPublisher events, Clock clock) {
		this.checks = checks;
		this.messages = messages;
		this.contacts = contacts;
		this.dispatcher = dispatcher;
		this.settings = settings;
		this.events = events;
		this.clock = clock;
	}

	public boolean canRun(Viewer viewer) {
		return viewer.isSecretariatOrAdmin();
	}

	/**
	 * Starts a check, or returns the one already started from the same request: a form sent
	 * twice starts one check. Messages are sent once the check is stored.
	 */
	public CommunicationCheck start(Viewer viewer, CheckRequest request, String scope) {
		requireRunner(viewer);
		Optional<CommunicationCheck> existing = this.checks.findByRequestKey(request.requestKey());
		if (existing.isPresent()) {
			return existing.get();
		}
		List<PointOfContact> targets = this.contacts.findCheckTargets(request.group(), request.level(),
				request.stateCodes().isEmpty(), request.stateCodes().isEmpty() ? List.of("") : request.stateCodes());
		if (targets.isEmpty()) {
			throw new NothingToCheckException();
		}
		Instant now = this.clock.instant();
		CommunicationCheck check = this.checks.save(new CommunicationCheck(request.requestKey(), request.title(),
				scope, viewer.username(), now, now.plus(this.settings.responseTime()),
				now.plus(this.settings.linkValidity())));
		List<CheckMessage> outgoing = new ArrayList<>(targets.size());
		for (PointOfContact contact : targets) {
			outgoing.add(new CheckMessage(check, contact, languageOf(contact), newToken()));
		}
		this.messages.saveAll(outgoing);
		this.events.publishEvent(new CheckStarted(check.getId()));
		return check;
	}

	/**
	 * An open check that already targets the same contacts, if any: starting another one is
	 * most likely a mistake (a second tab, a colleague).
	 */
	@Transactional(readOnly = true)
	public Optional<CommunicationCheck> openCheckWithScope(Viewer viewer, String scope) {
		requireRunner(viewer);
		return this.checks.findOpenWithScope(scope, this.clock.instant()).stream().findFirst();
	}

	@Transactional(readOnly = true)
	public List<CommunicationCheck> list(Viewer viewer) {
		requireRunner(viewer);
		return this.checks.findAllNewestFirst();
	}

	@Transactional(readOnly = true)
	public CheckResults results(Viewer viewer, Long id) {
		requireRunner(viewer);
		CommunicationCheck check = this.checks.findById(id).orElseThrow(() -> new NotFoundException("check", id));
		return new CheckResults(check, this.messages.findByCheckId(id), this.clock.instant());
	}

	/**
	 * The message behind an acknowledgement link, for the page that asks to confirm receipt.
	 * @throws AcknowledgementRefusedException when the link is unknown or expired
	 */
	@Transactional(readOnly = true)
	public CheckMessage messageForLink(String token) {
		return usable(token);
	}

	/**
	 * Records that the contact received the check. Following the link again changes nothing.
	 * @return the message, acknowledged
	 * @throws AcknowledgementRefusedException when the link is unknown or expired
	 */
	public CheckMessage acknowledge(String token) {
		usable(token);
		this.messages.acknowledge(token, this.clock.instant());
		return usable(token);
	}

	/**
	 * Reminds every silent contact of every open check whose reminder is due.
	 * @return how many reminders went out
	 */
	@Transactional(propagation = Propagation.NEVER)
	public int sendDueReminders() {
		return this.dispatcher.sendDueReminders(null, this.settings.reminderDelay());
	}

	/**
	 * Reminds the silent contacts of one check now, unless they were written to within the
	 * last hour, up to the maximum number of reminders.
	 * @return how many reminders went out
	 */
	@Transactional(propagation = Propagation.NEVER)
	public int remindNow(Viewer viewer, Long checkId) {
		requireRunner(viewer);
		CommunicationCheck check = this.checks.findById(checkId)
			.orElseThrow(() -> new NotFoundException("check", checkId));
		return check.isOpenAt(this.clock.instant())
				? this.dispatcher.sendDueReminders(checkId, CheckDispatcher.MANUAL_REMINDER_GAP) : 0;
	}

	private CheckMessage usable(String token) {
		if (token == null || token.isBlank() || token.length() > 64) {
			throw new AcknowledgementRefusedException(false);
		}
		CheckMessage message = this.messages.findByToken(token)
			.orElseThrow(() -> new AcknowledgementRefusedException(false));
		if (!message.getCheck().isOpenAt(this.clock.instant())) {
			throw new AcknowledgementRefusedException(true);
		}
		return message;
	}

	private void requireRunner(Viewer viewer) {
		if (!canRun(viewer)) {
			throw new DirectoryAccessDeniedException("run communication checks");
		}
	}

	/**
	 * The contact's first working language among the UN's six, else English.
	 */
	private static String languageOf(PointOfContact contact) {
		return contact.getWorkingLanguages().stream().filter(UN_LANGUAGES::contains).findFirst().orElse("en");
	}

	private static String newToken() {
		byte[] secret = new byte[32];
		RANDOM.nextBytes(secret);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
	}

}
