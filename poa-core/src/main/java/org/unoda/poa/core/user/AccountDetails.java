package org.unoda.poa.core.user;

/**
 * What an administrator sets on an account.
 *
 * @param displayName the person's name as shown in the platform
 * @param email the person's e-mail address
 * @param role the role
 * @param stateId the State of a delegate, else {@code null}
 * @param organisationId the organisation of a stakeholder, else {@code null}
 * @param approver whether a delegate may submit on the State's behalf
 */
public record AccountDetails(String displayName, String email, Role role, Long stateId, Long organisationId,
		boolean approver) {

}
