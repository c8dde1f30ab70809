package org.unoda.poa.web.layout;

import java.util.Collection;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.unoda.poa.core.user.UserAccount;
import org.unoda.poa.web.WebSettings;

/**
 * E-mails to the platform's users, each in the language they chose: subject and body from the
 * message bundles under {@code <key>.subject} and {@code <key>.body}.
 */
@Component
public class UserMails {

	private static final Logger logger = LoggerFactory.getLogger(UserMails.class);

	private final JavaMailSender sender;

	private final MessageSource messages;

	private final WebSettings settings;

	UserMails(JavaMailSender sender, MessageSource messages, WebSettings settings) {
		this.sender = sender;
		this.messages = messages;
		this.settings = settings;
	}

	/**
	 * The language a user reads the platform's mail in: their choice, else English.
	 */
	public static Locale localeOf(UserAccount user) {
		return UnLanguage.orEnglish(user.getPreferredLocale().orElse(Locale.ENGLISH)).locale();
	}

	/**
	 * Sends one message to the user, its arguments worked out in the user's language.
	 * @throws MailException when the mail server does not take it; callers decide whether that
	 * matters
	 */
	public void send(UserAccount user, String key, Function<Locale, Object[]> arguments) {
		Locale locale = localeOf(user);
		Object[] values = arguments.apply(locale);
		SimpleMailMessage mail = new SimpleMailMessage();
		mail.setFrom(this.settings.mailFrom());
		mail.setTo(user.getEmail());
		mail.setSubject(this.messages.getMessage(key + ".subject", values, locale));
		mail.setText(this.messages.getMessage(key + ".body", values, locale));
		this.sender.send(mail);
	}

	/**
	 * Sends one message to each user, its arguments worked out in that user's language. A
	 * failure for one user does not stop the others; it is logged.
	 * @throws MailException only when none could be sent, so that whoever retries (the event
	 * publication registry, a scheduled job) does not repeat the message to those who received
	 * it
	 */
	public void sendEach(Collection<UserAccount> users, String key, BiFunction<UserAccount, Locale, Object[]> arguments) {
		MailException last = null;
		int sent = 0;
		for (UserAccount user : users) {
			try {
				send(user, key, (locale) -> arguments.apply(user, locale));
				sent++;
			}
			catch (MailException ex) {
				logger.warn("Mail {} to user {} not sent: {}", key, user.getId(), ex.getMessage());
				last = ex;
			}
		}
		if (sent == 0 && last != null) {
			throw last;
		}
	}

}
