package org.unoda.poa.web.directory;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.validation.Errors;
import org.unoda.poa.core.contact.Availability;
import org.unoda.poa.core.contact.ContactDetails;
import org.unoda.poa.core.contact.ContactLevel;
import org.unoda.poa.core.contact.ContactRules;
import org.unoda.poa.core.contact.PointOfContact;
import org.unoda.poa.web.layout.EditConflict;

/**
 * A Point of Contact as entered in the nomination and edit forms. Lists (e-mail addresses,
 * telephone numbers, languages) are typed one per line or separated by commas or semicolons.
 *
 * @param level diplomatic or technical
 * @param fullName the person's full name
 * @param title the person's title or function
 * @param agency the ministry, CERT or agency
 * @param emails the e-mail addresses, the first one receiving messages
 * @param phones the telephone numbers
 * @param workingLanguages ISO 639-1 codes of the working languages
 * @param timeZone the contact's time zone, e.g. America/El_Salvador
 * @param availability office hours or around the clock
 * @param officeHours the office hours
 * @param secureChannels notes on secure channels
 * @param version the version the editor loaded
 */
record ContactForm(@NotNull(message = "{contact.level.required}") ContactLevel level,
		@NotBlank(message = "{contact.fullName.required}") @Size(max = 160,
				message = "{contact.tooLong}") String fullName,
		@Size(max = 160, message = "{contact.tooLong}") String title,
		@Size(max = 200, message = "{contact.tooLong}") String agency,
		@NotBlank(message = "{contact.emails.required}") String emails, String phones, String workingLanguages,
		@Size(max = 64, message = "{contact.tooLong}") String timeZone,
		@NotNull(message = "{contact.availability.required}") Availability availability,
		@Size(max = 120, message = "{contact.tooLong}") String officeHours,
		@Size(max = 1000, message = "{contact.tooLong}") String secureChannels, Long version) {

	private static final Pattern SEPARATORS = Pattern.compile("[,;\\n\\r]+");

	static ContactForm empty() {
		return new ContactForm(null, "", "", "", "", "", "", "", Availability.OFFICE_HOURS, "", "", null);
	}

	static ContactForm of(PointOfContact contact) {
		return new ContactForm(contact.getLevel(), contact.getFullName(), contact.getTitle(), contact.getAgency(),
				String.join("\n", contact.getEmails()), String.join("\n", contact.getPhones()),
				String.join(", ", contact.getWorkingLanguages()), contact.getTimeZone(), contact.getAvailability(),
				contact.getOfficeHours(), contact.getSecureChannels(), contact.getVersion());
	}

	/**
	 * The checks a single annotation cannot express: each address, number, language and the
	 * time zone.
	 */
	void validate(Errors errors) {
		if (!errors.hasFieldErrors("emails") && list(this.emails).stream().anyMatch(e -> !ContactRules.isEmail(e))) {
			errors.rejectValue("emails", "contact.emails.invalid");
		}
		if (list(this.phones).stream().anyMatch(phone -> !ContactRules.isPhone(phone))) {
			errors.rejectValue("phones", "contact.phones.invalid");
		}
		if (languages().stream().anyMatch(language -> !ContactRules.isLanguage(language))) {
			errors.rejectValue("workingLanguages", "contact.languages.invalid");
		}
		if (!errors.hasFieldErrors("timeZone") && hasText(this.timeZone) && !ContactRules.isTimeZone(this.timeZone.strip())) {
			errors.rejectValue("timeZone", "contact.timeZone.invalid");
		}
	}

	/**
	 * The form's fields as the conflict page compares them, in the form's order.
	 */
	List<EditConflict.Field> fields() {
		return List.of(EditConflict.Field.choice("contacts.level", (this.level != null) ? this.level.messageKey() : "contact.level.choose"),
				EditConflict.Field.text("contacts.name", this.fullName), EditConflict.Field.text("contact.title", this.title),
				EditConflict.Field.text("contacts.agency", this.agency),
				EditConflict.Field.text("contact.emails", String.join("\n", list(this.emails))),
				EditConflict.Field.text("contact.phones", String.join("\n", list(this.phones))),
				EditConflict.Field.text("contact.languages", String.join(", ", languages())),
				EditConflict.Field.text("contact.timeZone", this.timeZone),
				EditConflict.Field.choice("contact.availability",
						(this.availability != null) ? this.availability.messageKey() : "contact.availability"),
				EditConflict.Field.text("contact.officeHours", this.officeHours),
				EditConflict.Field.text("contact.secureChannels", this.secureChannels));
	}

	/**
	 * The same values on top of another version: what saving keeps after a conflict.
	 */
	ContactForm onTopOf(Long currentVersion) {
		return new ContactForm(this.level, this.fullName, this.title, this.agency, this.emails, this.phones,
				this.workingLanguages, this.timeZone, this.availability, this.officeHours, this.secureChannels,
				currentVersion);
	}

	ContactDetails details() {
		return new ContactDetails(this.level, this.fullName.strip(), blankToNull(this.title), blankToNull(this.agency),
				list(this.emails), list(this.phones), languages(), blankToNull(this.timeZone), this.availability,
				blankToNull(this.officeHours), blankToNull(this.secureChannels));
	}

	private List<String> languages() {
		return list(this.workingLanguages).stream().map(language -> language.toLowerCase(Locale.ROOT)).toList();
	}

	private static List<String> list(String text) {
		if (text == null) {
			return List.of();
		}
		return Arrays.stream(SEPARATORS.split(text)).map(String::strip).filter(value -> !value.isEmpty()).toList();
	}

	private static boolean hasText(String value) {
		return value != null && !value.isBlank();
	}

	private static String blankToNull(String value) {
		return hasText(value) ? value.strip() : null;
	}

}
