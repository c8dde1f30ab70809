package org.unoda.poa.core.state;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unoda.poa.core.NotFoundException;

/**
 * The States reference list, for everyone.
 */
@Service
@Transactional(readOnly = true)
public class States {

	private final StateRepository states;

	States(StateRepository states) {
		this.states = states;
	}

	/**
	 * All 195 States, by English name.
	 */
	public List<State> all() {
		return this.states.findAllOrderByName();
	}

	/**
	 * A State by its alpha-3 code, in any case.
	 */
	public Optional<State> find(String alpha3) {
		return (alpha3 != null) ? this.states.findByAlpha3(alpha3.strip()) : Optional.empty();
	}

	/**
	 * A State by its alpha-3 code.
	 * @throws NotFoundException when no State has that code
	 */
	public State get(String alpha3) {
		return find(alpha3).orElseThrow(() -> new NotFoundException("state", alpha3));
	}

	public Optional<State> find(Long id) {
		return (id != null) ? this.states.findById(id) : Optional.empty();
	}

	public long count() {
		return this.states.count();
	}

}
