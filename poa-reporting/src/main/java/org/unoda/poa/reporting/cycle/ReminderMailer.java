package org.unoda.poa.reporting.cycle;

import java.util.List;

import org.unoda.poa.core.state.State;
import org.unoda.poa.core.user.UserAccount;

/**
 * Reminds a State's users that its report for a cycle is due. Implemented where messages are
 * composed (the web module). Throws when the message could not be handed to the mail server,
 * so the reminder is tried again on the next run.
 */
public interface ReminderMailer {

	void remind(ReportingCycle cycle, State state, int daysLeft, List<UserAccount> stateUsers);

}
