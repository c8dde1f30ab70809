package org.unoda.poa.web.directory;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.unoda.poa.core.contact.ContactLevel;
import org.unoda.poa.core.contact.PointOfContact;
import org.unoda.poa.core.contact.StalenessReminders;
import org.unoda.poa.core.user.UserAccount;
import org.unoda.poa.web.PoaIntegrationTest;
import org.unoda.poa.web.TestClock;
import org.unoda.poa.web.TestData;
import org.unoda.poa.web.security.TestSignIn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * Contacts not confirmed for a year are flagged, their State's users are reminded once a
 * month, and one click confirms them again.
 */
@PoaIntegrationTest
class StalenessIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	GreenMail greenMail;

	@Autowired
	StalenessReminders reminders;

	@Autowired
	TestClock clock;

	@AfterEach
	void backToRealTime() {
		this.clock.reset();
	}

	@Test
	void aStaleContactIsFlaggedItsStateRemindedOnceAndConfirmedInOneClick() throws Exception {
		PointOfContact contact = this.data.contact("FJI", ContactLevel.TECHNICAL, "en");
		UserAccount delegate = this.data.delegate("FJI");
		UserAccount approver = this.data.approver("FJI");

		this.reminders.sendDue();
		assertThat(messagesTo(delegate.getEmail())).isEmpty();

		this.clock.advance(Duration.ofDays(366));
		this.mvc.perform(get("/states/FJI").with(TestSignIn.as(delegate)))
			.andExpect(content().string(containsString("To be re-confirmed")));
		this.mvc.perform(get("/directory").param("stale", "true").param("state", "FJI").with(TestSignIn.as(delegate)))
			.andExpect(content().string(containsString(contact.getEmail())));

		this.reminders.sendDue();
		assertThat(messagesTo(delegate.getEmail())).hasSize(1);
		assertThat(messagesTo(approver.getEmail())).hasSize(1);
		assertThat((String) messagesTo(delegate.getEmail()).get(0).getContent()).contains(contact.getFullName())
			.contains("/states/FJI");

		this.clock.advance(Duration.ofDays(1));
		this.reminders.sendDue();
		assertThat(messagesTo(delegate.getEmail())).hasSize(1);

		this.mvc.perform(post("/directory/contacts/{id}/confirm", contact.getId()).with(TestSignIn.as(delegate)).with(csrf()))
			.andExpect(redirectedUrl("/directory/contacts/" + contact.getId()));
		this.mvc.perform(get("/directory").param("stale", "true").param("state", "FJI").with(TestSignIn.as(delegate)))
			.andExpect(content().string(containsString(">0 contacts<")));
	}

	private List<MimeMessage> messagesTo(String address) {
		return Arrays.stream(this.greenMail.getReceivedMessages()).filter(message -> {
			try {
				return message.getRecipients(Message.RecipientType.TO)[0].toString().equals(address);
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

}
