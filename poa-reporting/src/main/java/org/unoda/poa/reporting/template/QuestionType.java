package org.unoda.poa.reporting.template;

/**
 * What kind of answer a question takes.
 */
public enum QuestionType {

	/** Yes, partly, no, or not applicable. */
	YES_PARTLY_NO,
	/** One option from a list. */
	SINGLE_CHOICE,
	/** Any number of options from a list. */
	MULTIPLE_CHOICE,
	/** Free text. */
	TEXT,
	/** A number. */
	NUMBER,
	/** A date. */
	DATE,
	/** One or more files. */
	ATTACHMENT;

	public boolean hasOptions() {
		return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
	}

	/**
	 * Whether answers are counted by option in the synthesis.
	 */
	public boolean isCountable() {
		return this == YES_PARTLY_NO || hasOptions();
	}

	public String messageKey() {
		return "questionType." + name();
	}

}
