package org.unoda.poa.core.user;

/**
 * Whether an account's sessions may go on: they were opened at a version, and end when an
 * administrator changes the account, its password is set, or it is disabled.
 *
 * @param version the account's current version
 * @param enabled whether the account may sign in
 */
public record AccountStanding(long version, boolean enabled) {

}
