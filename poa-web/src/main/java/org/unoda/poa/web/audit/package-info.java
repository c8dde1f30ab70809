/**
 * The audit trail: who changed what and when, written by the database's triggers, read here.
 */
package org.unoda.poa.web.audit;
