package org.unoda.poa.web.layout;

import java.util.Locale;
import java.util.function.Function;

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

}
