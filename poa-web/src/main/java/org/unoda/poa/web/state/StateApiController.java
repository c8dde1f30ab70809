package org.unoda.poa.web.state;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.unoda.poa.core.state.States;

/**
 * The States reference list, open to everyone.
 */
@RestController
@RequestMapping("/api/v1/states")
@Tag(name = "States", description = "The 193 Member States and 2 observer States")
class StateApiController {

	private final States states;

	StateApiController(States states) {
		this.states = states;
	}

	@GetMapping
	@Operation(summary = "All States, with codes, names in the six UN languages and regional group")
	List<StateResource> all() {
		return this.states.all().stream().map(StateResource::of).toList();
	}

	@GetMapping("/{code}")
	@Operation(summary = "One State by its ISO 3166-1 alpha-3 code")
	StateResource one(@PathVariable String code) {
		return StateResource.of(this.states.get(code));
	}

}
