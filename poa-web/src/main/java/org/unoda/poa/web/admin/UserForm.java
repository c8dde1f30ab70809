package org.unoda.poa.web.admin;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.unoda.poa.core.user.AccountDetails;
import org.unoda.poa.core.user.Role;
import org.unoda.poa.core.user.UserAccount;

/**
 * What an administrator enters for an account. The username is set once, at creation.
 *
 * @param username the sign-in name; checked only when creating, since it never changes
 * @param displayName the person's name
 * @param email the e-mail address
 * @param role the role
 * @param stateId the State of a delegate
 * @param organisationId the organisation of a stakeholder
 * @param approver whether a delegate may submit on the State's behalf (an unticked box sends
 * nothing)
 * @param version the version the editor loaded, to detect concurrent changes
 */
record UserForm(
		String username,
		@NotBlank(message = "{user.displayName.required}") @Size(max = 120,
				message = "{user.displayName.size}") String displayName,
		@NotBlank(message = "{user.email.required}") @Email(message = "{user.email.invalid}") @Size(max = 254,
				message = "{user.email.invalid}") String email,
		@NotNull(message = "{user.role.required}") Role role, Long stateId, Long organisationId, Boolean approver,
		Long version) {

	static UserForm empty() {
		return new UserForm("", "", "", null, null, null, Boolean.FALSE, null);
	}

	static UserForm of(UserAccount account) {
		return new UserForm(account.getUsername(), account.getDisplayName(), account.getEmail(), account.getRole(),
				account.getState().map(state -> state.getId()).orElse(null),
				account.getOrganisation().map(organisation -> organisation.getId()).orElse(null),
				account.isApprover(), account.getVersion());
	}

	/**
	 * The same values on top of another version: what saving keeps after a conflict.
	 */
	UserForm onTopOf(Long currentVersion) {
		return new UserForm(this.username, this.displayName, this.email, this.role, this.stateId,
				this.organisationId, this.approver, currentVersion);
	}

	boolean isApprover() {
		return Boolean.TRUE.equals(this.approver);
	}

	AccountDetails details() {
		return new AccountDetails(this.displayName.strip(), this.email.strip(), this.role, this.stateId,
				this.organisationId, isApprover());
	}

}
