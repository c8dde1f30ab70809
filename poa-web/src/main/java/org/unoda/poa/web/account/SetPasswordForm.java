package org.unoda.poa.web.account;

import jakarta.validation.constraints.NotBlank;

/**
 * A new password, typed twice.
 *
 * @param token the one-time link's secret
 * @param password the new password
 * @param confirmation the same password again
 */
record SetPasswordForm(String token, @NotBlank(message = "{password.required}") String password,
		@NotBlank(message = "{password.confirmation.required}") String confirmation) {

}
