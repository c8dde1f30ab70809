/**
 * What people see while the database is away: a clear "temporarily unavailable" page, or a
 * problem body for the API, with status 503, until the connection pool reaches PostgreSQL again.
 */
package org.unoda.poa.web.availability;
