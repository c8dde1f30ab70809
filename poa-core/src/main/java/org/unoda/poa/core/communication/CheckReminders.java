package org.unoda.poa.core.communication;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Reminds the silent contacts of open checks when their reminder is due.
 */
@Component
class CheckReminders {

	private final CommunicationChecks checks;

	CheckReminders(CommunicationChecks checks) {
		this.checks = checks;
	}

	@Scheduled(fixedDelayString = "${poa.directory.check.reminder-interval:PT15M}", initialDelayString = "PT1M")
	void sendDue() {
		this.checks.sendDueReminders();
	}

}
