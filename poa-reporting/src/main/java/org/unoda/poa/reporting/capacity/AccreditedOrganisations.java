package org.unoda.poa.reporting.capacity;

/**
 * Which organisations are accredited, and so may offer assistance. Accreditation belongs to the
 * meetings module, which reporting does not depend on: the application wires the answer in.
 */
public interface AccreditedOrganisations {

	boolean isAccredited(Long organisationId);

}
