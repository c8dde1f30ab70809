package org.unoda.poa.core.user;

/**
 * How many accounts hold a role.
 *
 * @param role the role
 * @param accounts the number of accounts
 */
public record RoleCount(Role role, long accounts) {

}
