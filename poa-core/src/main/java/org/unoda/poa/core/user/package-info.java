/**
 * User accounts, their roles and bindings (a delegate to one State, a stakeholder to one
 * organisation), one-time set-password links and the first administrator.
 */
package org.unoda.poa.core.user;
