package org.unoda.poa.core.user;

/**
 * What a signed-in user is to the platform. The public is everyone not signed in.
 */
public enum Role {

	/** Platform administrators: accounts, roles, the States list, the directory as a whole. */
	ADMIN,
	/** UNODA staff acting as the secretariat of the Programme of Action. */
	SECRETARIAT,
	/** Staff of one State's mission or capital; may also be the State's approver. */
	DELEGATE,
	/** A representative of an NGO, academic institution, company or the technical community. */
	STAKEHOLDER;

	/**
	 * The Spring Security authority granted to holders of this role.
	 */
	public String authority() {
		return "ROLE_" + name();
	}

	/**
	 * Whether holders of this role must sign in with a second factor: the secretariat and
	 * administrators see every State's restricted data and every account.
	 */
	public boolean requiresSecondFactor() {
		return this == ADMIN || this == SECRETARIAT;
	}

	public String messageKey() {
		return "role." + name();
	}

}
