package org.unoda.poa.core.contact;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything a State says about one of its Points of Contact.
 *
 * @param level diplomatic or technical
 * @param fullName the person's full name
 * @param title the person's title or function
 * @param agency the ministry, CERT or agency
 * @param emails one or more e-mail addresses, the first one used for messages
 * @param phones telephone numbers, in international format
 * @param workingLanguages the languages the contact works in, as ISO 639-1 codes
 * @param timeZone the contact's time zone, e.g. {@code America/El_Salvador}
 * @param availability office hours or around the clock
 * @param officeHours the office hours, in the contact's time zone
 * @param secureChannels notes on secure channels (encrypted mail keys, secure phone)
 */
public record ContactDetails(ContactLevel level, String fullName, String title, String agency, List<String> emails,
		List<String> phones, List<String> workingLanguages, String timeZone, Availability availability,
		String officeHours, String secureChannels) {

	public ContactDetails {
		emails = List.copyOf(emails);
		phones = List.copyOf(phones);
		workingLanguages = List.copyOf(workingLanguages);
	}

	/**
	 * What differs from the given earlier details, as field name and "old → new" lines.
	 */
	Map<String, String> changesSince(ContactDetails earlier) {
		Map<String, String> changes = new LinkedHashMap<>();
		compare(changes, "level", earlier.level, this.level);
		compare(changes, "fullName", earlier.fullName, this.fullName);
		compare(changes, "title", earlier.title, this.title);
		compare(changes, "agency", earlier.agency, this.agency);
		compare(changes, "emails", String.join(", ", earlier.emails), String.join(", ", this.emails));
		compare(changes, "phones", String.join(", ", earlier.phones), String.join(", ", this.phones));
		compare(changes, "workingLanguages", String.join(", ", earlier.workingLanguages),
				String.join(", ", this.workingLanguages));
		compare(changes, "timeZone", earlier.timeZone, this.timeZone);
		compare(changes, "availability", earlier.availability, this.availability);
		compare(changes, "officeHours", earlier.officeHours, this.officeHours);
		compare(changes, "secureChannels", earlier.secureChannels, this.secureChannels);
		return changes;
	}

	private static void compare(Map<String, String> changes, String field, Object before, Object after) {
		String old = (before != null) ? before.toString() : "";
		String now = (after != null) ? after.toString() : "";
		if (!Objects.equals(old, now)) {
			changes.put(field, old + " → " + now);
		}
	}

}
