/**
 * What a person does with their own account: set a password through a one-time link, sign in
 * in two steps with an authenticator app, and the {@code /api/v1/me} description of the
 * signed-in user.
 */
package org.unoda.poa.web.account;
