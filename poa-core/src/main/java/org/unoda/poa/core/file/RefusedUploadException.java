package org.unoda.poa.core.file;

/**
 * An upload the platform will not store, with the reason in words a user can act on.
 */
public class RefusedUploadException extends RuntimeException {

	private final Reason reason;

	private final transient Object[] arguments;

	RefusedUploadException(Reason reason, Object... arguments) {
		super("upload refused: " + reason);
		this.reason = reason;
		this.arguments = arguments;
	}

	public Reason getReason() {
		return this.reason;
	}

	/**
	 * The message bundle key explaining the refusal.
	 */
	public String messageKey() {
		return "upload.refused." + this.reason.name();
	}

	public Object[] getArguments() {
		return this.arguments.clone();
	}

	public enum Reason {

		/** Nothing was chosen, or the file is empty. */
		EMPTY,
		/** Larger than the platform accepts. */
		TOO_LARGE,
		/** The content is not one of the accepted document types. */
		TYPE_NOT_ACCEPTED,
		/** The name says one type and the content another. */
		NAME_DOES_NOT_MATCH_CONTENT

	}

}
