package org.unoda.poa.web.directory;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import jakarta.mail.SendFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;
import org.unoda.poa.core.communication.CheckMailer;
import org.unoda.poa.core.communication.CheckMessage;
import org.unoda.poa.core.communication.MailNotSentException;
import org.unoda.poa.core.contact.PointOfContact;
import org.unoda.poa.core.contact.StalenessMailer;
import org.unoda.poa.core.state.State;
import org.unoda.poa.core.user.UserAccount;
import org.unoda.poa.web.WebSettings;
import org.unoda.poa.web.layout.UnLanguage;

/**
 * Composes and sends the directory's e-mails from the message bundles: communication checks
 * and their reminders in the contact's language, staleness reminders in each user's.
 */
@Component
class DirectoryMails implements CheckMailer, StalenessMailer {

	private static final Logger logger = LoggerFactory.getLogger(DirectoryMails.class);

	private final JavaMailSender sender;

	private final MessageSource messages;

	private final WebSettings settings;

	DirectoryMails(JavaMailSender sender, MessageSource messages, WebSettings settings) {
		this.sender = sender;
		this.messages = messages;
		this.settings = settings;
	}

	@Override
	public void sendCheck(CheckMessage message) {
		send(message, "mail.check");
	}

	@Override
	public void sendReminder(CheckMessage message) {
		send(message, "mail.reminder");
	}

	@Override
	public void remind(State state, List<PointOfContact> staleContacts, List<UserAccount> stateUsers) {
		for (UserAccount user : stateUsers) {
			Locale locale = UnLanguage.orEnglish(user.getPreferredLocale().orElse(Locale.ENGLISH)).locale();
			String contacts = staleContacts.stream()
				.map(contact -> "- " + contact.getFullName() + " ("
						+ this.messages.getMessage(contact.getLevel().messageKey(), null, locale) + ")")
				.collect(Collectors.joining("\n"));
			String link = link("/states/" + state.getAlpha3());
			try {
				mail(user.getEmail(),
						this.messages.getMessage("mail.stale.subject", new Object[] { state.getName(locale) }, locale),
						this.messages.getMessage("mail.stale.body",
								new Object[] { user.getDisplayName(), state.getName(locale), contacts, link }, locale));
			}
			catch (MailException ex) {
				// one unreachable user must not keep the State's other users, or other States, uninformed
				logger.warn("Staleness reminder to user {} of {} not sent: {}", user.getId(), state.getAlpha3(),
						ex.getMessage());
			}
		}
	}

	private void send(CheckMessage message, String kind) {
		Locale locale = Locale.forLanguageTag(message.getLanguage());
		String link = link("/acknowledge/" + message.getToken());
		Object[] arguments = { message.getContactName(), message.getCheck().getTitle(),
				format(message.getCheck().getResponseDeadline(), locale), link,
				this.messages.getMessage(message.getLevel().messageKey(), null, locale),
				message.getState().getName(locale) };
		try {
			mail(message.getEmail(), this.messages.getMessage(kind + ".subject", arguments, locale),
					this.messages.getMessage(kind + ".body", arguments, locale));
		}
		catch (MailException ex) {
			throw new MailNotSentException(ex.getMessage(), isRefusal(ex), ex);
		}
	}

	/**
	 * Whether the server refused the address itself (permanent), rather than being unreachable
	 * or refusing the platform's credentials (to be retried).
	 */
	private static boolean isRefusal(Throwable failure) {
		if (failure instanceof MailSendException send) {
			for (Exception cause : send.getFailedMessages().values()) {
				if (isRefusal(cause)) {
					return true;
				}
			}
		}
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof SendFailedException) {
				return true;
			}
		}
		return false;
	}

	private void mail(String to, String subject, String text) {
		SimpleMailMessage mail = new SimpleMailMessage();
		mail.setFrom(this.settings.mailFrom());
		mail.setTo(to);
		mail.setSubject(subject);
		mail.setText(text);
		this.sender.send(mail);
	}

	private String link(String path) {
		return UriComponentsBuilder.fromUriString(this.settings.baseUrl()).path(path).toUriString();
	}

	private static String format(Instant instant, Locale locale) {
		return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
			.withLocale(locale)
			.withZone(ZoneOffset.UTC)
			.format(instant) + " UTC";
	}

}
