package org.unoda.poa.core.user;

import java.util.Objects;

/**
 * Who is looking at something, as far as the rules of who may see what are concerned.
 *
 * @param userId the account, {@code null} for the public
 * @param role the role, {@code null} for the public
 * @param stateId the State a delegate is bound to
 * @param organisationId the organisation a stakeholder is bound to
 * @param approver whether a delegate may submit on the State's behalf
 * @param username the sign-in name, recorded in histories; {@code null} for the public
 */
public record Viewer(Long userId, Role role, Long stateId, Long organisationId, boolean approver, String username) {

	private static final Viewer PUBLIC = new Viewer(null, null, null, null, false, null);

	/**
	 * Anyone not signed in.
	 */
	public static Viewer anonymous() {
		return PUBLIC;
	}

	public boolean isSignedIn() {
		return this.role != null;
	}

	public boolean hasRole(Role candidate) {
		return this.role == candidate;
	}

	/**
	 * The secretariat and the platform administrators, who work across all States.
	 */
	public boolean isSecretariatOrAdmin() {
		return this.role == Role.SECRETARIAT || this.role == Role.ADMIN;
	}

	/**
	 * Whether this viewer speaks for the given State (a delegate bound to it).
	 */
	public boolean representsState(Long candidateStateId) {
		return this.role == Role.DELEGATE && Objects.equals(this.stateId, candidateStateId);
	}

	/**
	 * Whether this viewer may act for the given State: a delegate of it who is its approver.
	 */
	public boolean isApproverOf(Long candidateStateId) {
		return representsState(candidateStateId) && this.approver;
	}

	/**
	 * Whether this viewer is a signed-in user of some State.
	 */
	public boolean isStateUser() {
		return this.role == Role.DELEGATE;
	}

}
