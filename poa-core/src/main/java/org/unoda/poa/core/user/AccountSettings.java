package org.unoda.poa.core.user;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of user accounts.
 *
 * @param setPasswordLinkValidity how long a one-time set-password link works after it is issued
 * @param minimumPasswordLength the fewest characters a password may have
 */
@ConfigurationProperties("poa.accounts")
public record AccountSettings(@DefaultValue("72h") Duration setPasswordLinkValidity,
		@DefaultValue("12") int minimumPasswordLength) {

}
