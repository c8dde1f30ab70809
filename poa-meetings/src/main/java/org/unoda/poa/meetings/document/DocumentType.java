package org.unoda.poa.meetings.document;

/**
 * The kinds of official document a meeting issues.
 */
public enum DocumentType {

	PROVISIONAL_AGENDA, WORKING_PAPER, CONFERENCE_ROOM_PAPER, CHAIRS_SUMMARY, FINAL_REPORT, NOTE_BY_THE_SECRETARIAT,
	STATEMENT, OTHER;

	public String messageKey() {
		return "documentType." + name();
	}

}
