package org.unoda.poa.web.directory;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.unoda.poa.core.communication.CheckResults;
import org.unoda.poa.core.communication.CommunicationChecks;
import org.unoda.poa.core.contact.ContactLevel;
import org.unoda.poa.core.contact.PointOfContact;
import org.unoda.poa.core.state.RegionalGroup;
import org.unoda.poa.core.user.UserAccount;
import org.unoda.poa.web.PoaIntegrationTest;
import org.unoda.poa.web.TestClock;
import org.unoda.poa.web.TestData;
import org.unoda.poa.web.security.TestSignIn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Communication checks end to end: the SMTP server receives every message, contacts follow
 * their links over HTTP, and the rates come out right.
 */
@PoaIntegrationTest
class CommunicationCheckIntegrationTests {

	private static final Pattern LINK = Pattern.compile("/acknowledge/([A-Za-z0-9_-]{20,})");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	GreenMail greenMail;

	@Autowired
	CommunicationChecks checks;

	@Autowired
	TestClock clock;

	@AfterEach
	void backToRealTime() {
		this.clock.reset();
	}

	@Test
	void aFullCheckReachesEveryContactAndMeasuresTheAnswers() throws Exception {
		UserAccount secretariat = this.data.secretariat();
		PointOfContact lithuaniaTechnical = this.data.contact("LTU", ContactLevel.TECHNICAL, "lt", "en");
		PointOfContact lithuaniaDiplomatic = this.data.contact("LTU", ContactLevel.DIPLOMATIC, "en");
		PointOfContact ghana = this.data.contact("GHA", ContactLevel.TECHNICAL, "en");
		PointOfContact nepal = this.data.contact("NPL", ContactLevel.DIPLOMATIC, "ne");

		Long checkId = start(secretariat, UUID.randomUUID().toString(), "LTU", "GHA", "NPL");

		Map<String, String> links = awaitLinks(lithuaniaTechnical, lithuaniaDiplomatic, ghana, nepal);
		this.clock.advance(Duration.ofMinutes(30));
		for (PointOfContact answering : List.of(lithuaniaTechnical, ghana)) {
			String token = links.get(answering.getEmail());
			this.mvc.perform(get("/acknowledge/{token}", token))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Confirm receipt")))
				.andExpect(content().string(containsString(answering.getFullName())));
			this.mvc.perform(post("/acknowledge/{token}", token).with(csrf()))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Your confirmation was recorded")));
		}

		CheckResults results = this.checks.results(secretariat.asViewer(), checkId);
		assertThat(results.messages()).hasSize(4);
		assertThat(results.acknowledged()).isEqualTo(2);
		assertThat(results.sent()).isEqualTo(2);
		assertThat(results.overall().percent()).isEqualTo(50);
		assertThat(results.byGroup().get(java.util.Optional.of(RegionalGroup.EASTERN_EUROPEAN)).percent()).isEqualTo(50);
		assertThat(results.byGroup().get(java.util.Optional.of(RegionalGroup.AFRICAN)).percent()).isEqualTo(100);
		assertThat(results.byGroup().get(java.util.Optional.of(RegionalGroup.ASIA_PACIFIC)).percent()).isZero();
		assertThat(results.byLevel().get(ContactLevel.TECHNICAL).percent()).isEqualTo(100);
		assertThat(results.byLevel().get(ContactLevel.DIPLOMATIC).percent()).isZero();
		assertThat(results.overall().medianResponseTime()).hasValueSatisfying(median -> assertThat(median.toMinutes()).isEqualTo(30));
		assertThat(results.overdue()).isZero();
		this.clock.advance(Duration.ofHours(48));
		assertThat(this.checks.results(secretariat.asViewer(), checkId).overdue()).isEqualTo(2);

		this.mvc.perform(get("/directory/checks/{id}", checkId).with(TestSignIn.as(secretariat)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Response rate: 50 % (2 of 4)")))
			.andExpect(content().string(containsString("Eastern European Group")));
		String csv = this.mvc.perform(get("/directory/checks/{id}/results.csv", checkId).with(TestSignIn.as(secretariat)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(csv.lines()).hasSize(5);
		assertThat(csv).contains(ghana.getEmail() + ",ACKNOWLEDGED").contains(nepal.getEmail() + ",SENT");
	}

	@Test
	void theMessageIsWrittenInTheContactsLanguage() throws Exception {
		PointOfContact chile = this.data.contact("CHL", ContactLevel.TECHNICAL, "es", "en");
		start(this.data.secretariat(), UUID.randomUUID().toString(), "CHL");

		MimeMessage message = awaitMessages(chile.getEmail(), 1).get(0);
		assertThat(message.getSubject()).contains("Programa de Acción");
		assertThat((String) message.getContent()).contains(chile.getFullName()).contains("Chile");
	}

	@Test
	void aFormSentTwiceStartsOneCheckAndALinkFollowedTwiceChangesNothing() throws Exception {
		UserAccount secretariat = this.data.secretariat();
		PointOfContact iceland = this.data.contact("ISL", ContactLevel.TECHNICAL, "is");
		String requestKey = UUID.randomUUID().toString();

		Long first = start(secretariat, requestKey, "ISL");
		Long second = start(secretariat, requestKey, "ISL");
		assertThat(second).isEqualTo(first);

		String token = awaitLinks(iceland).get(iceland.getEmail());
		this.mvc.perform(post("/acknowledge/{token}", token).with(csrf())).andExpect(status().isOk());
		var acknowledgedAt = this.checks.results(secretariat.asViewer(), first).messages().get(0).getAcknowledgedAt();
		this.clock.advance(Duration.ofMinutes(30));
		this.mvc.perform(post("/acknowledge/{token}", token).with(csrf())).andExpect(status().isOk());
		this.mvc.perform(get("/acknowledge/{token}", token))
			.andExpect(content().string(containsString("Receipt was already confirmed")));

		assertThat(this.checks.results(secretariat.asViewer(), first).messages().get(0).getAcknowledgedAt())
			.isEqualTo(acknowledgedAt);
		assertThat(this.greenMail.getReceivedMessagesForDomain("example.org"))
			.filteredOn(message -> recipient(message).equals(iceland.getEmail()))
			.hasSize(1);
	}

	@Test
	void aSecondCheckForTheSameContactsWhileOneIsOpenNeedsConfirming() throws Exception {
		UserAccount secretariat = this.data.secretariat();
		this.data.contact("TLS", ContactLevel.TECHNICAL);
		Long first = start(secretariat, UUID.randomUUID().toString(), "TLS");

		this.mvc.perform(post("/directory/checks/new").with(TestSignIn.as(secretariat)).with(csrf())
			.param("requestKey", UUID.randomUUID().toString()).param("title", "Again").param("states", "TLS"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("is still open for the same contacts")))
			.andExpect(content().string(containsString("/directory/checks/" + first)));

		Long second = this.mvc.perform(post("/directory/checks/new").with(TestSignIn.as(secretariat)).with(csrf())
			.param("requestKey", UUID.randomUUID().toString()).param("title", "Again").param("states", "TLS")
			.param("startAnyway", "true"))
			.andExpect(redirectedUrlPattern("/directory/checks/*"))
			.andReturn().getResponse().getRedirectedUrl().transform(url -> Long.valueOf(url.substring(url.lastIndexOf('/') + 1)));
		assertThat(second).isNotEqualTo(first);
	}

	@Test
	void aForgedOrExpiredLinkIsRefusedWithAClearPage() throws Exception {
		PointOfContact mongolia = this.data.contact("MNG", ContactLevel.TECHNICAL, "mn");
		start(this.data.secretariat(), UUID.randomUUID().toString(), "MNG");
		String token = awaitLinks(mongolia).get(mongolia.getEmail());

		this.mvc.perform(get("/acknowledge/{token}", "forged-" + token.substring(7)))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("This link is not valid")));
		this.mvc.perform(post("/acknowledge/{token}", "forged").with(csrf())).andExpect(status().isNotFound());

		this.clock.advance(Duration.ofDays(15));
		this.mvc.perform(get("/acknowledge/{token}", token))
			.andExpect(status().isGone())
			.andExpect(content().string(containsString("has closed")));
		this.mvc.perform(post("/acknowledge/{token}", token).with(csrf())).andExpect(status().isGone());
	}

	@Test
	void theSilentAreRemindedAfterTheDelayAtMostTwice() throws Exception {
		PointOfContact answering = this.data.contact("BTN", ContactLevel.TECHNICAL, "dz");
		PointOfContact silent = this.data.contact("BTN", ContactLevel.DIPLOMATIC, "en");
		start(this.data.secretariat(), UUID.randomUUID().toString(), "BTN");
		Map<String, String> links = awaitLinks(answering, silent);
		this.mvc.perform(post("/acknowledge/{token}", links.get(answering.getEmail())).with(csrf()));

		this.checks.sendDueReminders();
		assertThat(messagesTo(silent.getEmail())).hasSize(1);

		for (int day = 1; day <= 3; day++) {
			this.clock.advance(Duration.ofHours(25));
			this.checks.sendDueReminders();
		}

		assertThat(messagesTo(silent.getEmail())).hasSize(3)
			.filteredOn(message -> subject(message).startsWith("Reminder"))
			.hasSize(2);
		assertThat(messagesTo(answering.getEmail())).hasSize(1);
	}

	@Test
	void onlyTheSecretariatAndAdministratorsRunChecks() throws Exception {
		this.mvc.perform(get("/directory/checks").with(TestSignIn.as(this.data.approver("SLV")))).andExpect(status().isForbidden());
		this.mvc.perform(post("/directory/checks/new").with(TestSignIn.as(this.data.approver("SLV"))).with(csrf())
			.param("requestKey", "x").param("title", "Mine"))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/directory/checks").with(TestSignIn.as(this.data.stakeholder()))).andExpect(status().isForbidden());
		this.mvc.perform(get("/directory/checks")).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/directory/checks/new").with(TestSignIn.as(this.data.admin()))).andExpect(status().isOk());
	}

	@Test
	void aCheckWithoutTitleOrWithNobodyToReachIsNotStarted() throws Exception {
		this.mvc.perform(post("/directory/checks/new").with(TestSignIn.as(this.data.secretariat())).with(csrf())
			.param("requestKey", UUID.randomUUID().toString()).param("title", " ").param("states", "SLV"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter a title.")));
		this.mvc.perform(post("/directory/checks/new").with(TestSignIn.as(this.data.secretariat())).with(csrf())
			.param("requestKey", UUID.randomUUID().toString()).param("title", "Nobody").param("states", "VAT"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("No active contact matches this choice.")));
	}

	private Long start(UserAccount as, String requestKey, String... states) throws Exception {
		var request = post("/directory/checks/new").with(TestSignIn.as(as))
			.with(csrf())
			.param("requestKey", requestKey)
			.param("title", "Test check " + requestKey.substring(0, 8));
		Arrays.stream(states).forEach(state -> request.param("states", state));
		String location = this.mvc.perform(request)
			.andExpect(redirectedUrlPattern("/directory/checks/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return Long.valueOf(location.substring(location.lastIndexOf('/') + 1));
	}

	private Map<String, String> awaitLinks(PointOfContact... contacts) {
		return Arrays.stream(contacts)
			.collect(Collectors.toMap(PointOfContact::getEmail, contact -> link(awaitMessages(contact.getEmail(), 1).get(0)),
					(a, b) -> a));
	}

	private List<MimeMessage> awaitMessages(String address, int count) {
		await().atMost(Duration.ofSeconds(20)).until(() -> messagesTo(address).size() >= count);
		return messagesTo(address);
	}

	private List<MimeMessage> messagesTo(String address) {
		return Arrays.stream(this.greenMail.getReceivedMessages())
			.filter(message -> recipient(message).equals(address))
			.toList();
	}

	private static String link(MimeMessage message) {
		try {
			Matcher matcher = LINK.matcher((String) message.getContent());
			assertThat(matcher.find()).isTrue();
			return matcher.group(1);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String recipient(MimeMessage message) {
		try {
			return message.getRecipients(Message.RecipientType.TO)[0].toString();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
