package org.unoda.poa.web.directory;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.unoda.poa.core.contact.ContactLevel;
import org.unoda.poa.core.contact.NominationCount;
import org.unoda.poa.core.contact.PointOfContactRepository;
import org.unoda.poa.core.state.State;
import org.unoda.poa.core.state.StateRepository;

/**
 * Which States have nominated Points of Contact, per level. Contact details are shown on each
 * State's page to those allowed to see them; search and communication checks come with the
 * directory's own issue.
 */
@Controller
class DirectoryController {

	static final String VIEW = "directory/index";

	private final PointOfContactRepository contacts;

	private final StateRepository states;

	DirectoryController(PointOfContactRepository contacts, StateRepository states) {
		this.contacts = contacts;
		this.states = states;
	}

	@GetMapping("/directory")
	String directory(Locale locale, Model model) {
		Map<Long, State> statesById = this.states.findAllOrderByName()
			.stream()
			.collect(Collectors.toMap(State::getId, Function.identity()));
		Map<State, Map<ContactLevel, Long>> nominations = this.contacts.countNominations()
			.stream()
			.collect(Collectors.groupingBy(count -> statesById.get(count.stateId()),
					Collectors.toMap(NominationCount::level, NominationCount::contacts)));
		List<Nomination> rows = nominations.entrySet()
			.stream()
			.map(entry -> new Nomination(entry.getKey(), entry.getValue().containsKey(ContactLevel.DIPLOMATIC),
					entry.getValue().containsKey(ContactLevel.TECHNICAL)))
			.sorted(Comparator.comparing(row -> row.state().getName(locale)))
			.toList();
		model.addAttribute("nominations", rows);
		return VIEW;
	}

	/**
	 * Whether a State has nominated at each level.
	 *
	 * @param state the State
	 * @param diplomatic whether it has an active diplomatic contact
	 * @param technical whether it has an active technical contact
	 */
	record Nomination(State state, boolean diplomatic, boolean technical) {

	}

}
