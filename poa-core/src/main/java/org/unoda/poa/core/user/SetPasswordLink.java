package org.unoda.poa.core.user;

import java.time.Instant;

/**
 * A freshly issued one-time set-password link: the token is shown once and never stored.
 *
 * @param username the account the link is for
 * @param token the secret to put in the link
 * @param expiresAt when the link stops working
 */
public record SetPasswordLink(String username, String token, Instant expiresAt) {

}
