/**
 * Administration: the dashboard and user accounts.
 */
package org.unoda.poa.web.admin;
