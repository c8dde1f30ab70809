package org.unoda.poa.core.organisation;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The stakeholder organisations taking part.
 */
@Service
@Transactional(readOnly = true)
public class Organisations {

	private final OrganisationRepository organisations;

	Organisations(OrganisationRepository organisations) {
		this.organisations = organisations;
	}

	/**
	 * All organisations by name, with their countries.
	 */
	public List<Organisation> all() {
		return this.organisations.findAllOrderByName();
	}

	public Optional<Organisation> find(Long id) {
		return (id != null) ? this.organisations.findById(id) : Optional.empty();
	}

}
