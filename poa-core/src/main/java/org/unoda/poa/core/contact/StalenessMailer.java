package org.unoda.poa.core.contact;

import java.util.List;

import org.unoda.poa.core.state.State;
import org.unoda.poa.core.user.UserAccount;

/**
 * Tells a State's users that some of its contacts need re-confirming. Implemented where
 * messages are composed (the web module).
 */
public interface StalenessMailer {

	/**
	 * Sends one message to each of the State's users listing its stale contacts.
	 */
	void remind(State state, List<PointOfContact> staleContacts, List<UserAccount> stateUsers);

}
