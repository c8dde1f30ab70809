package org.unoda.poa.web.meeting;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.unoda.poa.core.meeting.Meeting;
import org.unoda.poa.core.user.UserAccount;
import org.unoda.poa.web.PoaIntegrationTest;
import org.unoda.poa.web.TestData;
import org.unoda.poa.web.security.TestSignIn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Written contributions: an accredited organisation submits one; nobody but the organisation and
 * the secretariat reads it until the secretariat publishes it on the meeting's page; the
 * secretariat may decline it with a reason; and nobody else contributes, publishes or withdraws.
 */
@PoaIntegrationTest
class ContributionIntegrationTests {

	private static final byte[] PDF = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n".getBytes();

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aContributionIsReadByTheOrganisationAndTheSecretariatUntilPublishedThenByEveryone() throws Exception {
		Meeting meeting = this.data.meetingOpenForRegistration(LocalDate.now().plusDays(40), LocalDate.now().plusDays(20));
		UserAccount stakeholder = this.data.accreditedStakeholder();
		UserAccount secretariat = this.data.secretariat();
		String title = "Protecting hospitals " + TestData.unique();

		this.mvc.perform(contribution(meeting, title, "Hospitals need help.").with(TestSignIn.as(stakeholder)))
			.andExpect(flash().attribute("flashMessage", "contribution.submitted"));
		Long id = idOf(title);
		this.mvc.perform(get("/meetings/{id}", meeting.getId())).andExpect(content().string(not(containsString(title))));
		this.mvc.perform(get("/meetings/{id}", meeting.getId()).with(TestSignIn.as(this.data.delegate("MEX"))))
			.andExpect(content().string(not(containsString(title))));
		this.mvc.perform(get("/meetings/{id}", meeting.getId()).with(TestSignIn.as(stakeholder)))
			.andExpect(content().string(containsString(title)))
			.andExpect(content().string(containsString("Submitted to the secretariat")));
		this.mvc.perform(get("/meetings/{id}/manage", meeting.getId()).with(TestSignIn.as(secretariat)))
			.andExpect(content().string(containsString(title)));
		this.mvc.perform(get("/meetings/{id}/contributions/{c}/file", meeting.getId(), id)).andExpect(status().isNotFound());
		this.mvc.perform(get("/meetings/{id}/contributions/{c}/file", meeting.getId(), id)
			.with(TestSignIn.as(this.data.stakeholder()))).andExpect(status().isNotFound());
		this.mvc.perform(get("/meetings/{id}/contributions/{c}/file", meeting.getId(), id).with(TestSignIn.as(stakeholder)))
			.andExpect(status().isOk());

		// only the secretariat publishes, against the version it read
		this.mvc.perform(post("/meetings/{id}/contributions/{c}/publish", meeting.getId(), id).param("version", "0")
			.with(csrf())
			.with(TestSignIn.as(stakeholder))).andExpect(status().isForbidden());
		this.mvc.perform(post("/meetings/{id}/contributions/{c}/publish", meeting.getId(), id).param("version", "0")
			.with(csrf())
			.with(TestSignIn.as(secretariat))).andExpect(flash().attribute("flashMessage", "contribution.published"));
		String page = this.mvc.perform(get("/meetings/{id}", meeting.getId()))
			.andExpect(content().string(containsString(title)))
			.andExpect(content().string(containsString("Hospitals need help.")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		// the public section only, never the secretariat's review beside it
		assertThat(page.split("id=\"contributions\"", -1)).hasSize(2);
		assertThat(page).doesNotContain(">Publish<");
		this.mvc.perform(get("/meetings/{id}/contributions/{c}/file", meeting.getId(), id))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("attachment")));
		// decided: the organisation can no longer withdraw it
		this.mvc.perform(post("/meetings/{id}/contributions/{c}/withdraw", meeting.getId(), id).param("version", "1")
			.with(csrf())
			.with(TestSignIn.as(stakeholder))).andExpect(flash().attribute("flashError", "contribution.alreadyDecided"));
	}

	@Test
	void theSecretariatDeclinesWithAReasonTheOrganisationReads() throws Exception {
		Meeting meeting = this.data.meetingOpenForRegistration(LocalDate.now().plusDays(40), LocalDate.now().plusDays(20));
		UserAccount stakeholder = this.data.accreditedStakeholder();
		String title = "Off topic " + TestData.unique();
		this.mvc.perform(contribution(meeting, title, "About something else.").with(TestSignIn.as(stakeholder)));
		Long id = idOf(title);

		this.mvc.perform(post("/meetings/{id}/contributions/{c}/decline", meeting.getId(), id).param("version", "0")
			.with(csrf())
			.with(TestSignIn.as(this.data.secretariat())))
			.andExpect(flash().attribute("flashError", "contribution.reasonRequired"));
		this.mvc.perform(post("/meetings/{id}/contributions/{c}/decline", meeting.getId(), id).param("version", "0")
			.param("reason", "Outside the agenda of this session.")
			.with(csrf())
			.with(TestSignIn.as(this.data.secretariat())))
			.andExpect(flash().attribute("flashMessage", "contribution.declined"));
		this.mvc.perform(get("/meetings/{id}", meeting.getId()).with(TestSignIn.as(stakeholder)))
			.andExpect(content().string(containsString("Outside the agenda of this session.")));
		this.mvc.perform(get("/meetings/{id}", meeting.getId())).andExpect(content().string(not(containsString(title))));
	}

	@Test
	void onlyAccreditedOrganisationsContributeAndOnlyToAnnouncedMeetings() throws Exception {
		Meeting meeting = this.data.meetingOpenForRegistration(LocalDate.now().plusDays(40), LocalDate.now().plusDays(20));
		String title = "Not allowed " + TestData.unique();
		this.mvc.perform(contribution(meeting, title, "Text.").with(TestSignIn.as(this.data.stakeholder())))
			.andExpect(status().isForbidden());
		this.mvc.perform(contribution(meeting, title, "Text.").with(TestSignIn.as(this.data.delegate("MEX"))))
			.andExpect(status().isForbidden());
		this.mvc.perform(contribution(meeting, title, "Text.").with(TestSignIn.as(this.data.secretariat())))
			.andExpect(status().isForbidden());
		Meeting planned = this.data.plannedMeeting(LocalDate.now().plusDays(400));
		this.mvc.perform(contribution(planned, title, "Text.").with(TestSignIn.as(this.data.accreditedStakeholder())))
			.andExpect(status().isNotFound());
		// bad input is shown next to its field, what was typed is kept, nothing is saved
		this.mvc.perform(contribution(meeting, " ", "Kept text.").with(TestSignIn.as(this.data.accreditedStakeholder())))
			.andExpect(flash().attribute("flashField", "contributionTitle"))
			.andExpect(flash().attribute("contributionBody", "Kept text."));
		assertThat(this.jdbc.sql("select count(*) from written_contribution where title = :title or body = 'Kept text.'")
			.param("title", title)
			.query(Long.class)
			.single()).isZero();
		// the accredited organisation's form is on the page, for it alone
		this.mvc.perform(get("/meetings/{id}", meeting.getId()).with(TestSignIn.as(this.data.accreditedStakeholder())))
			.andExpect(content().string(containsString("Submit the contribution")));
		this.mvc.perform(get("/meetings/{id}", meeting.getId()).with(TestSignIn.as(this.data.stakeholder())))
			.andExpect(content().string(not(containsString("Submit the contribution"))));
	}

	@Test
	void anotherOrganisationCannotWithdrawAContribution() throws Exception {
		Meeting meeting = this.data.meetingOpenForRegistration(LocalDate.now().plusDays(40), LocalDate.now().plusDays(20));
		String title = "Ours " + TestData.unique();
		this.mvc.perform(contribution(meeting, title, "Text.").with(TestSignIn.as(this.data.accreditedStakeholder())));
		this.mvc.perform(post("/meetings/{id}/contributions/{c}/withdraw", meeting.getId(), idOf(title)).param("version", "0")
			.with(csrf())
			.with(TestSignIn.as(this.data.accreditedStakeholder()))).andExpect(status().isForbidden());
	}

	private MockMultipartHttpServletRequestBuilder contribution(Meeting meeting, String title, String body) {
		MockMultipartHttpServletRequestBuilder request = multipart("/meetings/{id}/contributions", meeting.getId());
		request.file(new MockMultipartFile("file", "contribution.pdf", "application/pdf", PDF))
			.param("title", title)
			.param("body", body)
			.with(csrf());
		return request;
	}


	private Long idOf(String title) {
		return this.jdbc.sql("select id from written_contribution where title = :title")
			.param("title", title)
			.query(Long.class)
			.single();
	}

}
