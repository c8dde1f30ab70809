package org.unoda.poa.reporting.filing;

import java.time.Instant;
import java.util.Map;

/**
 * Thrown when a section is saved from a form that was loaded before someone else saved the
 * same section. Nothing is saved; the page shows both versions and lets the user keep theirs.
 */
public class EditConflictException extends RuntimeException {

	private final transient Map<Long, AnswerValue> theirAnswers;

	private final int currentEdits;

	private final String savedBy;

	private final Instant savedAt;

	EditConflictException(Map<Long, AnswerValue> theirAnswers, int currentEdits, String savedBy, Instant savedAt) {
		super("section saved by " + savedBy + " in the meantime");
		this.theirAnswers = Map.copyOf(theirAnswers);
		this.currentEdits = currentEdits;
		this.savedBy = savedBy;
		this.savedAt = savedAt;
	}

	/**
	 * The answers as the other person saved them, by question.
	 */
	public Map<Long, AnswerValue> getTheirAnswers() {
		return this.theirAnswers;
	}

	/**
	 * The edit count to send back to keep one's own answers over theirs.
	 */
	public int getCurrentEdits() {
		return this.currentEdits;
	}

	public String getSavedBy() {
		return this.savedBy;
	}

	public Instant getSavedAt() {
		return this.savedAt;
	}

}
