package org.unoda.poa.core.user;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The administrator created on the first start, when no administrator exists yet. Set through
 * the environment ({@code POA_FIRST_ADMIN_USERNAME}, {@code POA_FIRST_ADMIN_EMAIL},
 * {@code POA_FIRST_ADMIN_PASSWORD}); ignored once an administrator exists.
 *
 * @param username the administrator's sign-in name
 * @param email the administrator's e-mail address
 * @param password the initial password, to be changed after the first sign-in
 */
@ConfigurationProperties("poa.first-admin")
public record FirstAdministratorSettings(String username, String email, String password) {

	boolean isComplete() {
		return hasText(this.username) && hasText(this.password);
	}

	private static boolean hasText(String value) {
		return value != null && !value.isBlank();
	}

}
