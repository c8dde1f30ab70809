/**
 * Voluntary national reports: one State's report, its workflow status and who may read it.
 */
package org.unoda.poa.core.report;
