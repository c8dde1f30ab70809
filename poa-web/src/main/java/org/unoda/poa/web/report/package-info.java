/**
 * National reports as pages and in the API, always filtered by who may read them.
 */
package org.unoda.poa.web.report;
