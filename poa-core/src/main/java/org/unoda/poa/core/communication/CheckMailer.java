package org.unoda.poa.core.communication;

/**
 * Sends the e-mails of communication checks. Implemented where messages are composed (the web
 * module, with the platform's templates and languages).
 */
public interface CheckMailer {

	/**
	 * Sends the first message of a check to one contact.
	 * @throws MailNotSentException when the mail server refuses it
	 */
	void sendCheck(CheckMessage message);

	/**
	 * Reminds a contact who has not acknowledged yet.
	 * @throws MailNotSentException when the mail server refuses it
	 */
	void sendReminder(CheckMessage message);

}
