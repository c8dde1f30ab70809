package org.unoda.poa.web.directory;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.unoda.poa.core.contact.Availability;
import org.unoda.poa.core.contact.ContactLevel;
import org.unoda.poa.core.contact.ContactStatus;
import org.unoda.poa.core.contact.Directory;
import org.unoda.poa.core.contact.PointOfContact;
import org.unoda.poa.core.user.Viewer;

/**
 * The directory in the API: contacts for States' users and the secretariat; which States
 * have nominated, for everyone.
 */
@RestController
@RequestMapping("/api/v1/directory")
@Tag(name = "Points of Contact directory",
		description = "Contacts: States' users and the secretariat only. Nominations: everyone.")
class DirectoryApiController {

	private final Directory directory;

	DirectoryApiController(Directory directory) {
		this.directory = directory;
	}

	@GetMapping("/contacts")
	@Operation(summary = "Search the contacts; the same parameters as the directory page, 25 a page")
	ContactPage contacts(@ModelAttribute DirectoryQuery query, Viewer viewer, Locale locale) {
		Page<PointOfContact> page = this.directory.search(viewer, query.search(),
				PageRequest.of(query.pageNumber(), DirectoryController.PAGE_SIZE, query.sorting(locale)));
		return new ContactPage(page.map(ContactResource::of).getContent(), page.getNumber(), page.getTotalPages(),
				page.getTotalElements());
	}

	@GetMapping("/contacts/{id}")
	@Operation(summary = "One contact")
	ContactResource contact(@PathVariable Long id, Viewer viewer) {
		return ContactResource.of(this.directory.get(viewer, id));
	}

	@GetMapping("/nominations")
	@Operation(summary = "Which States have nominated diplomatic and technical contacts; no contact details")
	List<NominationResource> nominations() {
		return this.directory.nominations()
			.stream()
			.map(row -> new NominationResource(row.state().getAlpha3(), row.diplomatic(), row.technical()))
			.toList();
	}

	/**
	 * A page of contacts.
	 *
	 * @param contacts the contacts on this page
	 * @param page the page number, from 0
	 * @param pages how many pages there are
	 * @param total how many contacts match
	 */
	record ContactPage(List<ContactResource> contacts, int page, int pages, long total) {

	}

	/**
	 * A contact as the API shows it.
	 *
	 * @param id the identifier
	 * @param state the State's alpha-3 code
	 * @param level diplomatic or technical
	 * @param fullName the name
	 * @param title the title
	 * @param agency the agency
	 * @param emails the e-mail addresses
	 * @param phones the telephone numbers
	 * @param workingLanguages the working languages
	 * @param timeZone the time zone
	 * @param availability office hours or always
	 * @param officeHours the office hours
	 * @param secureChannels notes on secure channels
	 * @param status nominated, verified or inactive
	 * @param lastConfirmedAt when the State last confirmed the details
	 */
	record ContactResource(Long id, String state, ContactLevel level, String fullName, String title, String agency,
			List<String> emails, List<String> phones, List<String> workingLanguages, String timeZone,
			Availability availability, String officeHours, String secureChannels, ContactStatus status,
			Instant lastConfirmedAt) {

		static ContactResource of(PointOfContact contact) {
			return new ContactResource(contact.getId(), contact.getState().getAlpha3(), contact.getLevel(),
					contact.getFullName(), contact.getTitle(), contact.getAgency(), contact.getEmails(),
					contact.getPhones(), contact.getWorkingLanguages(), contact.getTimeZone(), contact.getAvailability(),
					contact.getOfficeHours(), contact.getSecureChannels(), contact.getStatus(),
					contact.getLastConfirmedAt().orElse(null));
		}

	}

	/**
	 * Whether a State has nominated at each level.
	 *
	 * @param state the State's alpha-3 code
	 * @param diplomatic whether it has an active diplomatic contact
	 * @param technical whether it has an active technical contact
	 */
	record NominationResource(String state, boolean diplomatic, boolean technical) {

	}

}
