/**
 * Persistence conventions shared by every aggregate: identity, audit columns and optimistic locking.
 */
package org.unoda.poa.core.persistence;
