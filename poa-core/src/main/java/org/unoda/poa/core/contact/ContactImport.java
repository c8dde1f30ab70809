package org.unoda.poa.core.contact;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unoda.poa.core.state.State;
import org.unoda.poa.core.state.StateRepository;
import org.unoda.poa.core.user.Role;
import org.unoda.poa.core.user.Viewer;

/**
 * Brings contacts in from a file, all or nothing: every row is checked first, and a single bad
 * row refuses the whole file with a report naming each problem.
 */
@Service
public class ContactImport {

	/** The columns of an import file, also written by the directory's export. */
	public static final List<String> COLUMNS = List.of("state", "level", "full_name", "title", "agency", "emails",
			"phones", "working_languages", "time_zone", "availability", "office_hours", "secure_channels");

	/** The key under which a row may carry its line number in the file, for the report. */
	public static final String LINE = "#line";

	/** The longest value each column's database field holds. */
	private static final Map<String, Integer> LENGTHS = Map.of("full_name", 160, "title", 160, "agency", 200,
			"time_zone", 64, "office_hours", 120, "secure_channels", 1000);

	private final PointOfContactRepository contacts;

	private final StateRepository states;

	private final Clock clock;

	ContactImport(PointOfContactRepository contacts, StateRepository states, Clock clock) {
		this.contacts = contacts;
		this.states = states;
		this.clock = clock;
	}

	/**
	 * Imports the rows, each a map from column name to cell, in file order.
	 * @param verified whether the contacts come from a verified list
	 */
	@Transactional
	public ImportResult importRows(Viewer viewer, List<Map<String, String>> rows, boolean verified) {
		if (!viewer.hasRole(Role.ADMIN)) {
			throw new DirectoryAccessDeniedException("import contacts");
		}
		List<ImportProblem> problems = new ArrayList<>();
		List<PointOfContact> valid = new ArrayList<>();
		Instant now = this.clock.instant();
		for (int index = 0; index < rows.size(); index++) {
			Map<String, String> row = rows.get(index);
			int rowNumber = row.containsKey(LINE) ? Integer.parseInt(row.get(LINE)) : index + 2;
			int before = problems.size();
			LENGTHS.forEach((column, length) -> {
				if (cell(row, column).length() > length) {
					problems.add(new ImportProblem(rowNumber, column, "import.tooLong", cell(row, column)));
				}
			});
			State state = this.states.findByAlpha3(cell(row, "state")).orElse(null);
			if (state == null) {
				problems.add(new ImportProblem(rowNumber, "state", "import.state.unknown", cell(row, "state")));
			}
			ContactLevel level = parse(ContactLevel.class, cell(row, "level"));
			if (level == null) {
				problems.add(new ImportProblem(rowNumber, "level", "import.level.invalid", cell(row, "level")));
			}
			if (cell(row, "full_name").isEmpty()) {
				problems.add(new ImportProblem(rowNumber, "full_name", "import.name.required", ""));
			}
			List<String> emails = list(cell(row, "emails"));
			if (emails.isEmpty() || emails.stream().anyMatch(email -> !ContactRules.isEmail(email))) {
				problems.add(new ImportProblem(rowNumber, "emails", "import.emails.invalid", cell(row, "emails")));
			}
			List<String> phones = list(cell(row, "phones"));
			if (phones.stream().anyMatch(phone -> !ContactRules.isPhone(phone))) {
				problems.add(new ImportProblem(rowNumber, "phones", "import.phones.invalid", cell(row, "phones")));
			}
			List<String> languages = list(cell(row, "working_languages")).stream()
				.map(language -> language.toLowerCase(Locale.ROOT))
				.toList();
			if (languages.stream().anyMatch(language -> !ContactRules.isLanguage(language))) {
				problems.add(new ImportProblem(rowNumber, "working_languages", "import.languages.invalid",
						cell(row, "working_languages")));
			}
			String timeZone = cell(row, "time_zone");
			if (!timeZone.isEmpty() && !ContactRules.isTimeZone(timeZone)) {
				problems.add(new ImportProblem(rowNumber, "time_zone", "import.timeZone.invalid", timeZone));
			}
			String availabilityCell = cell(row, "availability");
			Availability availability = availabilityCell.isEmpty() ? Availability.OFFICE_HOURS
					: parse(Availability.class, availabilityCell);
			if (availability == null) {
				problems.add(new ImportProblem(rowNumber, "availability", "import.availability.invalid",
						availabilityCell));
			}
			if (problems.size() == before) {
				ContactDetails details = new ContactDetails(level, cell(row, "full_name"), blankToNull(cell(row, "title")),
						blankToNull(cell(row, "agency")), emails, phones, languages,
						blankToNull(timeZone), availability, blankToNull(cell(row, "office_hours")),
						blankToNull(cell(row, "secure_channels")));
				valid.add(PointOfContact.imported(state, details, verified, viewer.username(), now));
			}
		}
		if (!problems.isEmpty()) {
			return new ImportResult(0, problems);
		}
		this.contacts.saveAll(valid);
		return new ImportResult(valid.size(), List.of());
	}

	private static String cell(Map<String, String> row, String column) {
		return Optional.ofNullable(row.get(column)).map(String::strip).orElse("");
	}

	/**
	 * Values separated by semicolons, e.g. several e-mail addresses in one cell.
	 */
	private static List<String> list(String cell) {
		return Arrays.stream(cell.split(";")).map(String::strip).filter(value -> !value.isEmpty()).toList();
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String value) {
		try {
			return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static String blankToNull(String value) {
		return value.isEmpty() ? null : value;
	}

}
