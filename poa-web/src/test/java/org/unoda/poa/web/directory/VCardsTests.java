package org.unoda.poa.web.directory;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import ezvcard.Ezvcard;
import ezvcard.VCard;
import org.junit.jupiter.api.Test;

import org.unoda.poa.core.contact.Availability;
import org.unoda.poa.core.contact.ContactDetails;
import org.unoda.poa.core.contact.ContactLevel;
import org.unoda.poa.core.contact.PointOfContact;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * vCards escape what needs escaping and fold long lines without breaking characters.
 */
class VCardsTests {

	@Test
	void escapesSpecialCharactersAndFoldsLongLinesInAnyScript() {
		String agency = "وزارة الخارجية، إدارة الأمن السيبراني; Ministère, Direction de la cybersécurité\\ 外交部网络安全司";
		PointOfContact contact = PointOfContact.nominate(null,
				new ContactDetails(ContactLevel.DIPLOMATIC, "Nour El-Din, Jr.", null, agency,
						List.of("nour@example.org"), List.of("+20 2 0000"), List.of("ar", "fr"), "Africa/Cairo",
						Availability.OFFICE_HOURS, null, null),
				"test", Instant.now());

		String card = VCards.of(contact, "Diplomatic", "Egypt");

		assertThat(card.split("\r\n")).allSatisfy(line -> assertThat(line.getBytes(StandardCharsets.UTF_8).length)
			.isLessThanOrEqualTo(75));
		VCard parsed = Ezvcard.parse(card).first();
		assertThat(parsed.getFormattedName().getValue()).isEqualTo("Nour El-Din, Jr.");
		assertThat(parsed.getOrganization().getValues()).containsExactly(agency);
		assertThat(parsed.getTimezone().getText()).isEqualTo("Africa/Cairo");
	}

}
