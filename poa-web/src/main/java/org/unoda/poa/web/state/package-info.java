/**
 * The States list and each State's page, as pages and in the API.
 */
package org.unoda.poa.web.state;
