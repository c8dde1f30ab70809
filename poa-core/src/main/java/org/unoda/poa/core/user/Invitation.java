package org.unoda.poa.core.user;

/**
 * A new account and the one-time link its person sets a password with.
 *
 * @param account the account
 * @param link the link
 */
public record Invitation(UserAccount account, SetPasswordLink link) {

}
