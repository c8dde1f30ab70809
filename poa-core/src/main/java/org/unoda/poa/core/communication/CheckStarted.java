package org.unoda.poa.core.communication;

/**
 * Published when a communication check has been started and its messages await sending.
 *
 * @param checkId the check
 */
public record CheckStarted(Long checkId) {

}
