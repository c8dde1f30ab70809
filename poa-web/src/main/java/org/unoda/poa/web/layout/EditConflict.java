package org.unoda.poa.web.layout;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a person sees when someone else saved the record they were editing: who saved it, when,
 * and each field where the saved version and theirs differ, side by side. Their own values stay
 * in the form, which now carries the saved version, so saving again keeps theirs. Serializable,
 * to survive a redirect as a flash attribute in the session.
 *
 * @param savedBy who saved the other version
 * @param savedAt when
 * @param differences the fields that differ, in the form's order
 */
public record EditConflict(String savedBy, Instant savedAt, List<Difference> differences) implements Serializable {

	/**
	 * Compares two versions of the same fields, given in the same order.
	 */
	public static EditConflict between(String savedBy, Instant savedAt, List<Field> saved, List<Field> yours) {
		List<Difference> differences = new ArrayList<>();
		for (int i = 0; i < saved.size(); i++) {
			Field theirs = saved.get(i);
			Field mine = yours.get(i);
			if (!Objects.equals(theirs.value(), mine.value())) {
				differences.add(new Difference(theirs.label(), theirs, mine));
			}
		}
		return new EditConflict(savedBy, savedAt, List.copyOf(differences));
	}

	/**
	 * One field's value as shown: text as typed, or the message key of a choice.
	 *
	 * @param label the message key of the field's label
	 * @param value the value, or the message key of the chosen option
	 * @param choice whether the value is a message key
	 */
	public record Field(String label, String value, boolean choice) implements Serializable {

		public static Field text(String label, String value) {
			return new Field(label, (value != null) ? value.strip() : "", false);
		}

		public static Field choice(String label, String messageKey) {
			return new Field(label, messageKey, true);
		}

	}

	/**
	 * @param label the message key of the field's label
	 * @param saved the value saved by the other person
	 * @param yours the value in the person's form
	 */
	public record Difference(String label, Field saved, Field yours) implements Serializable {

	}

}
