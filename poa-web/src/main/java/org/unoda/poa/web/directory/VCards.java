package org.unoda.poa.web.directory;

import java.nio.charset.StandardCharsets;

import org.unoda.poa.core.contact.PointOfContact;

/**
 * Writes a Point of Contact as a vCard 4.0 (RFC 6350), so it can go straight into an address
 * book.
 */
final class VCards {

	private static final int LINE_OCTETS = 75;

	private VCards() {
	}

	static String of(PointOfContact contact, String levelName, String stateName) {
		StringBuilder card = new StringBuilder();
		line(card, "BEGIN:VCARD");
		line(card, "VERSION:4.0");
		line(card, "KIND:individual");
		line(card, "FN:" + escape(contact.getFullName()));
		if (contact.getAgency() != null) {
			line(card, "ORG:" + escape(contact.getAgency()));
		}
		if (contact.getTitle() != null) {
			line(card, "TITLE:" + escape(contact.getTitle()));
		}
		int preference = 1;
		for (String email : contact.getEmails()) {
			line(card, "EMAIL;TYPE=work;PREF=" + preference++ + ":" + escape(email));
		}
		for (String phone : contact.getPhones()) {
			line(card, "TEL;VALUE=text;TYPE=work,voice:" + escape(phone));
		}
		preference = 1;
		for (String language : contact.getWorkingLanguages()) {
			line(card, "LANG;PREF=" + preference++ + ":" + escape(language));
		}
		if (contact.getTimeZone() != null) {
			line(card, "TZ;VALUE=text:" + escape(contact.getTimeZone()));
		}
		line(card, "NOTE:" + escape(levelName + " – " + stateName));
		line(card, "END:VCARD");
		return card.toString();
	}

	/**
	 * Escapes a text value: backslashes, commas, semicolons and line breaks.
	 */
	static String escape(String value) {
		return value.replace("\\", "\\\\")
			.replace(",", "\\,")
			.replace(";", "\\;")
			.replace("\r\n", "\\n")
			.replace("\r", "\\n")
			.replace("\n", "\\n");
	}

	/**
	 * Appends a content line, folded at 75 octets without splitting a character.
	 */
	private static void line(StringBuilder card, String content) {
		int octets = 0;
		int limit = LINE_OCTETS;
		for (int i = 0; i < content.length();) {
			int codePoint = content.codePointAt(i);
			int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
			if (octets + size > limit) {
				card.append("\r\n ");
				octets = 0;
				limit = LINE_OCTETS - 1;
			}
			card.appendCodePoint(codePoint);
			octets += size;
			i += Character.charCount(codePoint);
		}
		card.append("\r\n");
	}

}
