package org.unoda.poa.web.meeting;

import java.io.IOException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.unoda.poa.core.meeting.Meeting;
import org.unoda.poa.core.user.UserAccount;
import org.unoda.poa.meetings.registration.DelegationRegistration;
import org.unoda.poa.meetings.registration.Gender;
import org.unoda.poa.meetings.registration.Participation;
import org.unoda.poa.meetings.registration.RegistrationStatus;
import org.unoda.poa.web.PoaIntegrationTest;
import org.unoda.poa.web.TestData;
import org.unoda.poa.web.security.TestSignIn;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.unoda.poa.core.user.Viewer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A State's delegation is registered through the pages: its delegates add participants and
 * the note verbale and submit; the secretariat returns or approves; the list of participants
 * names only those who agreed; and nobody else can see or change a registration.
 */
@PoaIntegrationTest
class RegistrationIntegrationTests {

	private static final byte[] PDF = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n".getBytes();

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Participation participation;

	@Autowired
	GreenMail greenMail;

	@Test
	void aDelegationIsRegisteredReturnedResubmittedApprovedAndListedWithConsent() throws Exception {
		Meeting meeting = this.data.meetingOpenForRegistration(LocalDate.now().plusDays(60), LocalDate.now().plusDays(30));
		UserAccount delegate = this.data.delegate("MEX");
		UserAccount colleague = this.data.delegate("MEX");
		UserAccount secretariat = this.data.secretariat();
		String head = "Ana " + TestData.unique();
		String shy = "Luis " + TestData.unique();

		addParticipant(delegate, meeting, "HEAD", head, "WOMAN", true).andExpect(status().is3xxRedirection());
		// a second head is refused next to the function field, and nothing is added
		addParticipant(colleague, meeting, "HEAD", "Other " + TestData.unique(), "MAN", true)
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("participantForm", "function", "registration.oneHead"));
		addParticipant(colleague, meeting, "ADVISER", shy, "MAN", false).andExpect(status().is3xxRedirection());
		// missing names are refused next to their fields
		this.mvc.perform(post("/meetings/{id}/registration/participants", meeting.getId()).with(TestSignIn.as(delegate))
			.with(csrf())
			.param("function", "DELEGATE")
			.param("givenNames", "")
			.param("familyName", "")
			.param("gender", "WOMAN"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("participantForm", "givenNames", "familyName"));

		// submitting without the note verbale is refused
		DelegationRegistration registration = registrationOf(delegate, meeting);
		assertThat(registration.getParticipants()).hasSize(2);
		this.mvc.perform(post("/meetings/{id}/registration/submit", meeting.getId()).with(TestSignIn.as(delegate))
			.with(csrf())
			.param("version", String.valueOf(registration.getVersion())))
			.andExpect(flash().attribute("flashError", "registration.noteVerbaleMissing"));

		// a file that is not what its name says is refused next to the file field
		this.mvc.perform(multipart("/meetings/{id}/registration/note-verbale", meeting.getId())
			.file(new MockMultipartFile("file", "note.pdf", "application/pdf", "just text".getBytes()))
			.with(TestSignIn.as(delegate))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attribute("noteVerbaleError", containsString("upload.refused")));
		assertThat(registrationOf(delegate, meeting).hasNoteVerbale()).isFalse();

		this.mvc.perform(multipart("/meetings/{id}/registration/note-verbale", meeting.getId())
			.file(new MockMultipartFile("file", "Note verbale.pdf", "application/pdf", PDF))
			.with(TestSignIn.as(delegate))
			.with(csrf())).andExpect(flash().attribute("flashMessage", "registration.noteVerbaleAttached"));
		submit(delegate, meeting).andExpect(flash().attribute("flashMessage", "registration.submitted"));
		registration = registrationOf(delegate, meeting);
		assertThat(registration.getStatus()).isEqualTo(RegistrationStatus.SUBMITTED);

		// once submitted, the delegation cannot change it
		addParticipant(delegate, meeting, "DELEGATE", "Late " + TestData.unique(), "MAN", true)
			.andExpect(model().attributeHasErrors("participantForm"));

		// the secretariat sees it and its note verbale; returning needs a reason
		this.mvc.perform(get("/meetings/{id}/registrations", meeting.getId()).with(TestSignIn.as(secretariat)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(head.split(" ")[1])));
		this.mvc.perform(get("/meetings/{id}/registrations/{r}/note-verbale", meeting.getId(), registration.getId())
			.with(TestSignIn.as(secretariat)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("attachment")));
		this.mvc.perform(post("/meetings/{id}/registrations/{r}/return", meeting.getId(), registration.getId())
			.with(TestSignIn.as(secretariat))
			.with(csrf())
			.param("version", String.valueOf(registration.getVersion()))
			.param("reason", " ")).andExpect(flash().attribute("flashError", "registration.reasonRequired"));
		this.mvc.perform(post("/meetings/{id}/registrations/{r}/return", meeting.getId(), registration.getId())
			.with(TestSignIn.as(secretariat))
			.with(csrf())
			.param("version", String.valueOf(registration.getVersion()))
			.param("reason", "The head of delegation is not named in the note verbale."))
			.andExpect(flash().attribute("flashMessage", "registration.returned"));
		this.mvc.perform(get("/meetings/{id}/registration", meeting.getId()).with(TestSignIn.as(delegate)))
			.andExpect(content().string(containsString("The head of delegation is not named in the note verbale.")));
		// and each of the State's delegates is told by e-mail, with the reason
		await().untilAsserted(() -> assertThat(mailsTo(colleague)).anySatisfy((mail) -> {
			assertThat(mail.getSubject()).contains(meeting.getTitle()).contains("returned");
			assertThat(GreenMailUtil.getBody(mail)).contains("The head of delegation is not named in the note verbale.");
		}));
		assertThat(mailsTo(this.data.delegate("KEN"))).isEmpty();

		// approving a version the secretariat has not seen is refused
		submit(delegate, meeting).andExpect(flash().attribute("flashMessage", "registration.submitted"));
		this.mvc.perform(post("/meetings/{id}/registrations/{r}/approve", meeting.getId(), registration.getId())
			.with(TestSignIn.as(secretariat))
			.with(csrf())
			.param("version", String.valueOf(registration.getVersion())))
			.andExpect(flash().attribute("flashError", "planning.changedMeanwhile"));
		this.mvc.perform(post("/meetings/{id}/registrations/{r}/approve", meeting.getId(), registration.getId())
			.with(TestSignIn.as(secretariat))
			.with(csrf())
			.param("version", String.valueOf(registrationOf(delegate, meeting).getVersion())))
			.andExpect(flash().attribute("flashMessage", "registration.approved"));
		await().untilAsserted(() -> assertThat(mailsTo(delegate)).anySatisfy((mail) -> assertThat(mail.getSubject()).contains("approved")));

		// the list names the head, who agreed, and not the adviser, who did not; so does its PDF
		String family = head.split(" ")[1];
		this.mvc.perform(get("/meetings/{id}/participants", meeting.getId()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(family)))
			.andExpect(content().string(not(containsString(shy.split(" ")[1]))));
		byte[] pdf = this.mvc.perform(get("/meetings/{id}/participants.pdf", meeting.getId()))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		String text = text(pdf);
		assertThat(text).contains(family).doesNotContain(shy.split(" ")[1]);
		assertThat(text).contains("Mexico");
		// the list reads back in the other scripts too: the State's name in Arabic, Chinese, Russian
		for (String language : List.of("ar", "zh", "ru")) {
			String list = text(this.mvc.perform(get("/meetings/{id}/participants.pdf", meeting.getId()).param("lang", language))
				.andReturn()
				.getResponse()
				.getContentAsByteArray());
			assertThat(Normalizer.normalize(list, Normalizer.Form.NFKC))
				.contains(this.data.state("MEX").getName(Locale.forLanguageTag(language)))
				.contains(family);
		}

		// participation by gender counts both
		var gender = this.participation.byGender(Viewer.anonymous(), meeting.getId());
		assertThat(gender.women()).isEqualTo(1);
		assertThat(gender.men()).isEqualTo(1);
		assertThat(gender.womenHeads()).isEqualTo(1);
		assertThat(gender.heads()).isEqualTo(1);
	}

	@Test
	void onlyTheStatesOwnDelegatesAndTheSecretariatSeeARegistration() throws Exception {
		Meeting meeting = this.data.meetingOpenForRegistration(LocalDate.now().plusDays(60), LocalDate.now().plusDays(30));
		UserAccount delegate = this.data.delegate("KEN");
		addParticipant(delegate, meeting, "HEAD", "Grace " + TestData.unique(), "WOMAN", true);
		this.mvc.perform(multipart("/meetings/{id}/registration/note-verbale", meeting.getId())
			.file(new MockMultipartFile("file", "nv.pdf", "application/pdf", PDF))
			.with(TestSignIn.as(delegate))
			.with(csrf()));
		DelegationRegistration registration = registrationOf(delegate, meeting);

		// another State's delegate sees its own, empty, registration, and not Kenya's note verbale
		UserAccount other = this.data.delegate("JPN");
		this.mvc.perform(get("/meetings/{id}/registration", meeting.getId()).with(TestSignIn.as(other)))
			.andExpect(status().isOk())
			.andExpect(model().attribute("registration", org.hamcrest.Matchers.nullValue()));
		this.mvc.perform(get("/meetings/{id}/registrations/{r}/note-verbale", meeting.getId(), registration.getId())
			.with(TestSignIn.as(other))).andExpect(status().isNotFound());
		// a registration of another meeting is not reached through this one
		Meeting another = this.data.meetingOpenForRegistration(LocalDate.now().plusDays(90), LocalDate.now().plusDays(30));
		this.mvc.perform(get("/meetings/{id}/registrations/{r}/note-verbale", another.getId(), registration.getId())
			.with(TestSignIn.as(delegate))).andExpect(status().isNotFound());

		// delegates do not decide, stakeholders and the public do not register
		this.mvc.perform(post("/meetings/{id}/registrations/{r}/approve", meeting.getId(), registration.getId())
			.with(TestSignIn.as(this.data.approver("KEN")))
			.with(csrf())
			.param("version", "0")).andExpect(status().isForbidden());
		this.mvc.perform(get("/meetings/{id}/registration", meeting.getId()).with(TestSignIn.as(this.data.stakeholder())))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/meetings/{id}/registration/participants", meeting.getId()).with(TestSignIn.as(this.data.secretariat()))
			.with(csrf())
			.param("function", "HEAD")).andExpect(status().isForbidden());
		this.mvc.perform(get("/meetings/{id}/registration", meeting.getId()))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/meetings/{id}/registrations", meeting.getId()).with(TestSignIn.as(delegate)))
			.andExpect(status().isForbidden());
	}

	@Test
	void anAccreditedOrganisationRegistersItsRepresentativesWithoutANoteVerbale() throws Exception {
		Meeting meeting = this.data.meetingOpenForRegistration(LocalDate.now().plusDays(60), LocalDate.now().plusDays(30));
		UserAccount representative = this.data.accreditedStakeholder();
		String head = "Amara " + TestData.unique();

		this.mvc.perform(get("/meetings/{id}", meeting.getId()).with(TestSignIn.as(representative)))
			.andExpect(model().attribute("mayRegister", true));
		addParticipant(representative, meeting, "HEAD", head, "WOMAN", true).andExpect(status().is3xxRedirection());
		submit(representative, meeting).andExpect(flash().attribute("flashMessage", "registration.submitted"));
		DelegationRegistration registration = registrationOf(representative, meeting);
		assertThat(registration.isOrganisation()).isTrue();
		assertThat(registration.getStatus()).isEqualTo(RegistrationStatus.SUBMITTED);

		// an organisation not accredited does not register, nor sees another's registration
		UserAccount notAccredited = this.data.stakeholder();
		this.mvc.perform(get("/meetings/{id}/registration", meeting.getId()).with(TestSignIn.as(notAccredited)))
			.andExpect(status().isForbidden());
		addParticipant(notAccredited, meeting, "HEAD", "Other " + TestData.unique(), "MAN", true)
			.andExpect(status().isForbidden());

		this.mvc.perform(post("/meetings/{id}/registrations/{r}/approve", meeting.getId(), registration.getId())
			.with(TestSignIn.as(this.data.secretariat()))
			.with(csrf())
			.param("version", String.valueOf(registration.getVersion())))
			.andExpect(flash().attribute("flashMessage", "registration.approved"));
		await().untilAsserted(() -> assertThat(mailsTo(representative)).anySatisfy((mail) -> assertThat(mail.getSubject()).contains(meeting.getTitle())));
		this.mvc.perform(get("/meetings/{id}/participants", meeting.getId()))
			.andExpect(content().string(containsString("Organisations")))
			.andExpect(content().string(containsString(representative.getOrganisation().orElseThrow().getName())))
			.andExpect(content().string(containsString(head.split(" ")[1])));
	}

	@Test
	void nobodyRegistersWhenRegistrationIsClosed() throws Exception {
		Meeting meeting = this.data.meetingOpenForRegistration(LocalDate.now().plusDays(60), LocalDate.now().plusDays(30));
		this.mvc.perform(post("/meetings/{id}/registration-period/close", meeting.getId())
			.with(TestSignIn.as(this.data.secretariat()))
			.with(csrf())).andExpect(flash().attribute("flashMessage", "meeting.registrationClosed"));
		UserAccount delegate = this.data.delegate("EST");
		addParticipant(delegate, meeting, "HEAD", "Ingrid " + TestData.unique(), "WOMAN", true)
			.andExpect(model().attributeHasErrors("participantForm"));
		assertThat(this.jdbc.sql("select count(*) from delegation_registration where meeting_id = ?")
			.param(meeting.getId())
			.query(Long.class)
			.single()).isZero();
		// a deadline after the meeting is refused
		this.mvc.perform(post("/meetings/{id}/registration-period", meeting.getId())
			.with(TestSignIn.as(this.data.secretariat()))
			.with(csrf())
			.param("deadline", LocalDate.now().plusDays(100).toString()))
			.andExpect(flash().attribute("flashError", "meeting.registration.deadlineInvalid"))
			.andExpect(flash().attribute("flashField", "deadline"));
	}

	private ResultActions addParticipant(UserAccount delegate, Meeting meeting, String function, String name,
			String gender, boolean listed) throws Exception {
		String[] names = name.split(" ");
		var request = post("/meetings/{id}/registration/participants", meeting.getId()).with(TestSignIn.as(delegate))
			.with(csrf())
			.param("function", function)
			.param("givenNames", names[0])
			.param("familyName", names[1])
			.param("jobTitle", "Ambassador")
			.param("email", names[1] + "@example.org")
			.param("gender", Gender.valueOf(gender).name());
		if (listed) {
			request.param("listed", "true");
		}
		return this.mvc.perform(request);
	}

	private ResultActions submit(UserAccount delegate, Meeting meeting) throws Exception {
		return this.mvc.perform(post("/meetings/{id}/registration/submit", meeting.getId()).with(TestSignIn.as(delegate))
			.with(csrf())
			.param("version", String.valueOf(registrationOf(delegate, meeting).getVersion())));
	}

	private DelegationRegistration registrationOf(UserAccount delegate, Meeting meeting) throws Exception {
		return (DelegationRegistration) this.mvc
			.perform(get("/meetings/{id}/registration", meeting.getId()).with(TestSignIn.as(delegate)))
			.andExpect(status().isOk())
			.andReturn()
			.getModelAndView()
			.getModel()
			.get("registration");
	}

	private List<MimeMessage> mailsTo(UserAccount account) {
		return Arrays.stream(this.greenMail.getReceivedMessagesForDomain(account.getEmail())).toList();
	}

	private static String text(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

}
