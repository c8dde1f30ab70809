package org.unoda.poa.web.stakeholder;

import java.time.Duration;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.unoda.poa.core.user.UserAccount;
import org.unoda.poa.meetings.accreditation.Accreditations;
import org.unoda.poa.web.PoaIntegrationTest;
import org.unoda.poa.web.TestClock;
import org.unoda.poa.web.TestData;
import org.unoda.poa.web.security.TestSignIn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Accreditation by non-objection through the pages: an organisation applies, the secretariat
 * circulates, States object or not, and the outcome comes when the deadline passes (the clock
 * moved, not waited for); objections stay the secretariat's; ECOSOC organisations take the
 * lighter path; the record cannot be changed.
 */
@PoaIntegrationTest
class AccreditationIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	@Autowired
	Accreditations accreditations;

	@Autowired
	GreenMail greenMail;

	@AfterEach
	void backToRealTime() {
		this.clock.reset();
	}

	@Test
	void anObjectionBeforeTheDeadlineKeepsTheOrganisationOutAndStaysConfidential() throws Exception {
		UserAccount stakeholder = this.data.stakeholder();
		UserAccount secretariat = this.data.secretariat();
		apply(stakeholder).andExpect(flash().attribute("flashMessage", "accreditation.applied"));
		// one application at a time
		apply(stakeholder).andExpect(status().isOk())
			.andExpect(model().attribute("errorKey", "accreditation.alreadyApplied"));
		Long id = applicationOf(stakeholder);
		circulate(secretariat, id).andExpect(flash().attribute("flashMessage", "accreditation.circulated"));

		String reason = "Confidential concern " + TestData.unique();
		UserAccount mexico = this.data.approver("MEX");
		// a delegate who is not an approver, a stakeholder and the public cannot object
		object(this.data.delegate("MEX"), id, "no").andExpect(status().isForbidden());
		object(this.data.stakeholder(), id, "no").andExpect(status().isForbidden());
		this.mvc.perform(post("/stakeholders/circulated/{id}/object", id).with(csrf()))
			.andExpect(status().is3xxRedirection());
		object(mexico, id, reason).andExpect(flash().attribute("flashMessage", "accreditation.objected"));
		object(this.data.approver("MEX"), id, "again")
			.andExpect(flash().attribute("flashError", "accreditation.alreadyObjected"));

		// who objected, and why, only the secretariat sees
		this.mvc.perform(get("/stakeholders/applications/{id}", id).with(TestSignIn.as(secretariat)))
			.andExpect(content().string(containsString(reason)))
			.andExpect(content().string(containsString("Mexico")));
		for (UserAccount other : new UserAccount[] { this.data.approver("FRA"), mexico, stakeholder }) {
			this.mvc.perform(get("/stakeholders/circulated").with(TestSignIn.as(other)))
				.andExpect(content().string(not(containsString(reason))));
		}
		this.mvc.perform(get("/stakeholders/circulated").with(TestSignIn.as(mexico)))
			.andExpect(content().string(containsString("Your State objected to this application.")));
		this.mvc.perform(get("/stakeholders/circulated").with(TestSignIn.as(this.data.approver("FRA"))))
			.andExpect(content().string(not(containsString("Your State objected"))));
		this.mvc.perform(get("/stakeholders/applications/{id}", id).with(TestSignIn.as(mexico)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/stakeholders")).andExpect(content().string(not(containsString(reason))));

		// nothing is decided before the deadline; then the outcome comes by itself
		long objectedBefore = this.accreditations.objectedCount();
		this.clock.advance(Duration.ofDays(29));
		this.accreditations.closeDue();
		assertThat(statusOf(id)).isEqualTo("CIRCULATED");
		this.clock.advance(Duration.ofDays(2));
		object(this.data.approver("JPN"), id, "late")
			.andExpect(flash().attribute("flashError", "accreditation.notOpenForObjection"));
		this.accreditations.closeDue();
		assertThat(statusOf(id)).isEqualTo("OBJECTED");
		assertThat(this.accreditations.objectedCount()).isEqualTo(objectedBefore + 1);
		this.mvc.perform(get("/stakeholders"))
			.andExpect(content().string(containsString("objected: " + (objectedBefore + 1))))
			.andExpect(content().string(not(containsString("Mexico"))));
		assertThat(steps(id)).containsExactly("APPLIED", "CIRCULATED", "OBJECTED", "NOT_ACCREDITED");
		// nor does the API say more
		this.mvc.perform(get("/api/v1/accreditation"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.objectedApplications").value(objectedBefore + 1))
			.andExpect(content().string(not(containsString(reason))))
			.andExpect(content().string(not(containsString("MEX"))));

		// the record cannot be changed, not even in the database
		assertThatThrownBy(() -> this.jdbc.sql("update accreditation_objection set reason = 'edited' where application_id = ?")
			.param(id)
			.update()).hasMessageContaining("cannot be changed");
		assertThatThrownBy(() -> this.jdbc.sql("delete from accreditation_event where application_id = ?").param(id).update())
			.hasMessageContaining("cannot be changed");
	}

	@Test
	void withoutObjectionTheOrganisationIsAccreditedWhenTheDeadlinePasses() throws Exception {
		UserAccount stakeholder = this.data.stakeholder();
		apply(stakeholder);
		Long id = applicationOf(stakeholder);
		// only the secretariat circulates
		circulate(this.data.approver("KEN"), id).andExpect(status().isForbidden());
		UserAccount approver = this.data.approver("CHL");
		UserAccount delegate = this.data.delegate("CHL");
		circulate(this.data.secretariat(), id);
		// every State's approvers are told, away from the request; other delegates are not
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(this.greenMail.getReceivedMessagesForDomain(approver.getEmail()))
				.anySatisfy((mail) -> assertThat(GreenMailUtil.getBody(mail)).contains("/stakeholders/circulated")));
		assertThat(this.greenMail.getReceivedMessagesForDomain(delegate.getEmail())).isEmpty();
		String name = this.jdbc.sql("select o.name from organisation o join accreditation_application a on a.organisation_id = o.id where a.id = ?")
			.param(id)
			.query(String.class)
			.single();
		this.mvc.perform(get("/stakeholders")).andExpect(content().string(not(containsString(name))));

		this.clock.advance(Duration.ofDays(30).plusMinutes(1));
		assertThat(this.accreditations.closeDue()).isPositive();
		assertThat(statusOf(id)).isEqualTo("ACCREDITED");
		assertThat(steps(id)).containsExactly("APPLIED", "CIRCULATED", "ACCREDITED");
		this.mvc.perform(get("/stakeholders")).andExpect(content().string(containsString(name)));
		this.mvc.perform(get("/api/v1/accreditation")).andExpect(jsonPath("$.accredited[*].name", hasItem(name)));
		// closing again changes nothing
		this.accreditations.closeDue();
		assertThat(steps(id)).hasSize(3);
	}

	@Test
	void anOrganisationWithEcosocStatusFollowsTheConfiguredLighterPath() throws Exception {
		UserAccount secretariat = this.data.secretariat();
		UserAccount confirmed = ecosocStakeholder();
		apply(confirmed);
		Long first = applicationOf(confirmed);
		circulate(secretariat, first);
		assertThat(statusOf(first)).isEqualTo("ACCREDITED");
		assertThat(steps(first)).containsExactly("APPLIED", "ACCREDITED_ECOSOC");

		long version = this.accreditations.settings().getVersion();
		this.mvc.perform(post("/stakeholders/settings").with(TestSignIn.as(secretariat))
			.with(csrf())
			.param("version", String.valueOf(version))
			.param("objectionDays", "30")
			.param("ecosocPath", "SHORT_CIRCULATION")
			.param("ecosocObjectionDays", "7")).andExpect(flash().attribute("flashMessage", "accreditation.settingsChanged"));
		try {
			UserAccount circulated = ecosocStakeholder();
			apply(circulated);
			Long second = applicationOf(circulated);
			circulate(secretariat, second);
			assertThat(statusOf(second)).isEqualTo("CIRCULATED");
			this.clock.advance(Duration.ofDays(7).plusMinutes(1));
			this.accreditations.closeDue();
			assertThat(statusOf(second)).isEqualTo("ACCREDITED");
		}
		finally {
			this.jdbc.sql("update accreditation_settings set ecosoc_path = 'SECRETARIAT_CONFIRMS', ecosoc_objection_days = 14")
				.update();
		}
	}

	private UserAccount ecosocStakeholder() {
		UserAccount stakeholder = this.data.stakeholder();
		this.jdbc.sql("update organisation set ecosoc_status = true where id = ?")
			.param(stakeholder.getOrganisation().orElseThrow().getId())
			.update();
		return stakeholder;
	}

	private ResultActions apply(UserAccount stakeholder) throws Exception {
		return this.mvc.perform(post("/stakeholders/apply").with(TestSignIn.as(stakeholder))
			.with(csrf())
			.param("purpose", "Research on cyber norms")
			.param("activities", "Training diplomats")
			.param("relevance", "Capacity-building"));
	}

	private ResultActions circulate(UserAccount user, Long id) throws Exception {
		Long version = this.jdbc.sql("select version from accreditation_application where id = ?")
			.param(id)
			.query(Long.class)
			.single();
		return this.mvc.perform(post("/stakeholders/applications/{id}/circulate", id).with(TestSignIn.as(user))
			.with(csrf())
			.param("version", String.valueOf(version)));
	}

	private ResultActions object(UserAccount user, Long id, String reason) throws Exception {
		return this.mvc.perform(post("/stakeholders/circulated/{id}/object", id).with(TestSignIn.as(user))
			.with(csrf())
			.param("reason", reason));
	}

	private Long applicationOf(UserAccount stakeholder) {
		return this.jdbc.sql("select id from accreditation_application where organisation_id = ? order by id desc limit 1")
			.param(stakeholder.getOrganisation().orElseThrow().getId())
			.query(Long.class)
			.single();
	}

	private String statusOf(Long id) {
		return this.jdbc.sql("select status from accreditation_application where id = ?")
			.param(id)
			.query(String.class)
			.single();
	}

	private java.util.List<String> steps(Long id) {
		return this.jdbc.sql("select kind from accreditation_event where application_id = ? order by occurred_at, id")
			.param(id)
			.query(String.class)
			.list();
	}

}
