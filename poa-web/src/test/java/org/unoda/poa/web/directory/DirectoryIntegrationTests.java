package org.unoda.poa.web.directory;

import java.nio.charset.StandardCharsets;

import ezvcard.Ezvcard;
import ezvcard.VCard;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.unoda.poa.core.contact.ContactAction;
import org.unoda.poa.core.contact.ContactEvent;
import org.unoda.poa.core.contact.ContactLevel;
import org.unoda.poa.core.contact.ContactStatus;
import org.unoda.poa.core.contact.PointOfContact;
import org.unoda.poa.core.contact.PointOfContactRepository;
import org.unoda.poa.core.user.UserAccount;
import org.unoda.poa.web.PoaIntegrationTest;
import org.unoda.poa.web.TestData;
import org.unoda.poa.web.layout.EditConflict;
import org.unoda.poa.web.security.TestSignIn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The Points of Contact directory in the pages: who sees what, finding contacts, the life of a
 * nomination and its history, and the directory as CSV and vCard.
 */
@PoaIntegrationTest
class DirectoryIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	PointOfContactRepository contacts;

	@Test
	void statesAndTheSecretariatSearchTheDirectoryThePublicSeesOnlyWhoNominated() throws Exception {
		PointOfContact contact = this.data.contact("KEN", ContactLevel.TECHNICAL, "en", "sw");

		this.mvc.perform(get("/directory").param("q", contact.getFullName()).with(TestSignIn.as(this.data.delegate("SLV"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(contact.getEmail())))
			.andExpect(content().string(containsString("1 contacts")));
		this.mvc.perform(get("/directory").param("q", contact.getFullName()).with(TestSignIn.as(this.data.secretariat())))
			.andExpect(content().string(containsString(contact.getEmail())));
		this.mvc.perform(get("/directory").param("q", contact.getFullName()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Points of Contact directory")))
			.andExpect(content().string(containsString("Kenya")))
			.andExpect(content().string(not(containsString(contact.getEmail()))))
			.andExpect(content().string(not(containsString(contact.getFullName()))));
		this.mvc.perform(get("/directory").with(TestSignIn.as(this.data.stakeholder()))).andExpect(status().isForbidden());
		this.mvc.perform(get("/directory/contacts/{id}", contact.getId())).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/directory/contacts/{id}", contact.getId()).with(TestSignIn.as(this.data.stakeholder())))
			.andExpect(status().isForbidden());
	}

	@Test
	void findsContactsByGroupLevelLanguageAndStatus() throws Exception {
		UserAccount secretariat = this.data.secretariat();
		PointOfContact french = this.data.contact("SEN", ContactLevel.DIPLOMATIC, "fr");
		PointOfContact russian = this.data.contact("KAZ", ContactLevel.TECHNICAL, "ru", "kk");

		this.mvc.perform(get("/directory").param("group", "AFRICAN").param("language", "fr").with(TestSignIn.as(secretariat)))
			.andExpect(content().string(containsString(french.getEmail())))
			.andExpect(content().string(not(containsString(russian.getEmail()))));
		this.mvc.perform(get("/directory").param("language", "RU").param("state", "KAZ").with(TestSignIn.as(secretariat)))
			.andExpect(content().string(containsString(russian.getEmail())));
		this.mvc.perform(get("/directory").param("level", "TECHNICAL").param("state", "KAZ").with(TestSignIn.as(secretariat)))
			.andExpect(content().string(containsString(russian.getEmail())))
			.andExpect(content().string(not(containsString(french.getEmail()))));
		this.mvc.perform(get("/directory").param("status", "VERIFIED").param("state", "SEN").with(TestSignIn.as(secretariat)))
			.andExpect(content().string(not(containsString(french.getEmail()))));
		this.mvc.perform(get("/directory").param("q", russian.getEmail().substring(0, 12)).with(TestSignIn.as(secretariat)))
			.andExpect(content().string(containsString(russian.getFullName())));
	}

	@Test
	void pagesLongResultsTwentyFiveAtATime() throws Exception {
		UserAccount secretariat = this.data.secretariat();
		for (int i = 0; i < 26; i++) {
			this.data.contact("NZL", ContactLevel.TECHNICAL);
		}

		this.mvc.perform(get("/directory").param("state", "NZL").param("sort", "name").with(TestSignIn.as(secretariat)))
			.andExpect(content().string(containsString("26 contacts")))
			.andExpect(content().string(containsString("Page 1 of 2")))
			.andExpect(content().string(containsString("state=NZL")));
		this.mvc.perform(get("/directory").param("state", "NZL").param("page", "1").with(TestSignIn.as(secretariat)))
			.andExpect(content().string(containsString("Page 2 of 2")));
	}

	@Test
	void anApproverNominatesTheSecretariatVerifiesAndTheHistoryShowsBoth() throws Exception {
		UserAccount approver = this.data.approver("SLV");
		UserAccount secretariat = this.data.secretariat();
		String email = "csirt-" + TestData.unique() + "@example.sv";

		String location = this.mvc
			.perform(nomination("SLV", approver).param("level", "TECHNICAL")
				.param("fullName", "Roberto Castillo")
				.param("emails", email + "\nbackup-" + email)
				.param("phones", "+503 2231 1111")
				.param("workingLanguages", "es, en")
				.param("timeZone", "America/El_Salvador")
				.param("availability", "ALWAYS"))
			.andExpect(redirectedUrlPattern("/directory/contacts/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		Long id = Long.valueOf(location.substring(location.lastIndexOf('/') + 1));

		this.mvc.perform(post("/directory/contacts/{id}/verify", id).with(TestSignIn.as(approver)).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/directory/contacts/{id}/verify", id).with(TestSignIn.as(secretariat)).with(csrf()))
			.andExpect(redirectedUrl("/directory/contacts/" + id));

		PointOfContact contact = this.contacts.findWithHistoryById(id).orElseThrow();
		assertThat(contact.getStatus()).isEqualTo(ContactStatus.VERIFIED);
		assertThat(contact.getEmails()).containsExactly(email, "backup-" + email);
		assertThat(contact.getEvents()).extracting(ContactEvent::getAction)
			.containsExactly(ContactAction.NOMINATED, ContactAction.VERIFIED);
		assertThat(contact.getEvents()).extracting(ContactEvent::getActor)
			.containsExactly(approver.getUsername(), secretariat.getUsername());
		this.mvc.perform(get("/directory/contacts/{id}", id).with(TestSignIn.as(this.data.delegate("MEX"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Nominated")))
			.andExpect(content().string(containsString("by " + approver.getUsername())))
			.andExpect(content().string(containsString("by " + secretariat.getUsername())));
	}

	@Test
	void onlyTheStatesApproverOrAnAdministratorMayNominate() throws Exception {
		this.mvc.perform(get("/directory/contacts/new").param("state", "SLV").with(TestSignIn.as(this.data.delegate("SLV"))))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/directory/contacts/new").param("state", "SLV").with(TestSignIn.as(this.data.approver("MEX"))))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/directory/contacts/new").param("state", "SLV").with(TestSignIn.as(this.data.secretariat())))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/directory/contacts/new").param("state", "SLV").with(TestSignIn.as(this.data.approver("SLV"))))
			.andExpect(status().isOk());
		this.mvc.perform(get("/directory/contacts/new").param("state", "SLV").with(TestSignIn.as(this.data.admin())))
			.andExpect(status().isOk());
	}

	@Test
	void badInputGivesFieldErrorsAndSavesNothing() throws Exception {
		UserAccount approver = this.data.approver("SLV");
		long before = this.contacts.findActiveByStateId(this.data.state("SLV").getId()).size();

		this.mvc.perform(nomination("SLV", approver).param("fullName", "")
			.param("emails", "not an address")
			.param("phones", "call me")
			.param("workingLanguages", "spanish")
			.param("timeZone", "Mars/Olympus")
			.param("availability", "ALWAYS"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("contactForm", "level", "fullName", "emails", "phones",
					"workingLanguages", "timeZone"))
			.andExpect(content().string(containsString("One of the e-mail addresses is not valid.")));
		assertThat(this.contacts.findActiveByStateId(this.data.state("SLV").getId())).hasSize((int) before);
	}

	@Test
	void aChangeOfAddressNeedsVerifyingAgainAndIsInTheHistory() throws Exception {
		UserAccount approver = this.data.approver("MEX");
		PointOfContact contact = this.data.contact("MEX", ContactLevel.DIPLOMATIC, "es");
		this.mvc.perform(post("/directory/contacts/{id}/verify", contact.getId()).with(TestSignIn.as(this.data.secretariat())).with(csrf()));
		long version = this.contacts.findById(contact.getId()).orElseThrow().getVersion();

		this.mvc.perform(edit(contact, approver, version).param("emails", "new-" + contact.getEmail()))
			.andExpect(redirectedUrl("/directory/contacts/" + contact.getId()));

		PointOfContact changed = this.contacts.findWithHistoryById(contact.getId()).orElseThrow();
		assertThat(changed.getStatus()).isEqualTo(ContactStatus.NOMINATED);
		assertThat(changed.getEvents()).last().satisfies(event -> {
			assertThat(event.getAction()).isEqualTo(ContactAction.UPDATED);
			assertThat(event.getChanges()).containsExactly("emails: " + contact.getEmail() + " → new-" + contact.getEmail());
		});

		// an editor still holding the old version sees both versions and overwrites nothing
		UserAccount colleague = this.data.approver("MEX");
		ModelAndView conflict = this.mvc.perform(edit(contact, colleague, version).param("emails", "mine-" + contact.getEmail()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Someone else saved this while you were editing it")))
			.andExpect(content().string(containsString(approver.getUsername())))
			.andReturn()
			.getModelAndView();
		assertThat(((EditConflict) conflict.getModel().get("conflict")).differences()).singleElement().satisfies((difference) -> {
			assertThat(difference.saved().value()).isEqualTo("new-" + contact.getEmail());
			assertThat(difference.yours().value()).isEqualTo("mine-" + contact.getEmail());
		});
		assertThat(this.contacts.findById(contact.getId()).orElseThrow().getEmail()).isEqualTo("new-" + contact.getEmail());

		// the form carries the saved version now: saving it again keeps the editor's
		ContactForm yours = (ContactForm) conflict.getModel().get("contactForm");
		assertThat(yours.emails()).isEqualTo("mine-" + contact.getEmail());
		this.mvc.perform(edit(contact, colleague, yours.version()).param("emails", yours.emails()))
			.andExpect(redirectedUrl("/directory/contacts/" + contact.getId()));
		assertThat(this.contacts.findById(contact.getId()).orElseThrow().getEmail()).isEqualTo("mine-" + contact.getEmail());
	}

	@Test
	void aWithdrawnContactLeavesTheDirectoryAndCannotBeChanged() throws Exception {
		UserAccount approver = this.data.approver("KEN");
		PointOfContact contact = this.data.contact("KEN", ContactLevel.DIPLOMATIC);

		this.mvc.perform(post("/directory/contacts/{id}/withdraw", contact.getId()).with(TestSignIn.as(this.data.delegate("KEN"))).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/directory/contacts/{id}/withdraw", contact.getId()).with(TestSignIn.as(approver)).with(csrf()))
			.andExpect(redirectedUrl("/directory/contacts/" + contact.getId()));

		assertThat(this.contacts.findById(contact.getId()).orElseThrow().getStatus()).isEqualTo(ContactStatus.INACTIVE);
		this.mvc.perform(get("/directory").param("q", contact.getFullName()).with(TestSignIn.as(approver)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(">0 contacts<")));
		this.mvc.perform(post("/directory/contacts/{id}/verify", contact.getId()).with(TestSignIn.as(this.data.secretariat())).with(csrf()))
			.andExpect(redirectedUrl("/directory/contacts/" + contact.getId()));
		assertThat(this.contacts.findById(contact.getId()).orElseThrow().getStatus()).isEqualTo(ContactStatus.INACTIVE);
	}

	@Test
	void anyUserOfTheStateConfirmsAContactInOneClick() throws Exception {
		PointOfContact contact = this.data.contact("EST", ContactLevel.TECHNICAL);

		this.mvc.perform(post("/directory/contacts/{id}/confirm", contact.getId()).with(TestSignIn.as(this.data.delegate("LVA"))).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/directory/contacts/{id}/confirm", contact.getId()).with(TestSignIn.as(this.data.delegate("EST"))).with(csrf()))
			.andExpect(redirectedUrl("/directory/contacts/" + contact.getId()));

		assertThat(this.contacts.findWithHistoryById(contact.getId()).orElseThrow().getEvents()).last()
			.extracting(ContactEvent::getAction)
			.isEqualTo(ContactAction.CONFIRMED);
	}

	@Test
	void aContactDownloadsAsAWellFormedVCard() throws Exception {
		PointOfContact contact = this.data.contact("JPN", ContactLevel.TECHNICAL, "ja", "en");

		byte[] body = this.mvc.perform(get("/directory/contacts/{id}/vcard", contact.getId()).with(TestSignIn.as(this.data.delegate("FRA"))))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andExpect(content().contentTypeCompatibleWith("text/vcard"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();

		VCard card = Ezvcard.parse(new String(body, StandardCharsets.UTF_8)).first();
		assertThat(card.getFormattedName().getValue()).isEqualTo(contact.getFullName());
		assertThat(card.getEmails()).extracting(email -> email.getValue()).containsExactly(contact.getEmail());
		assertThat(card.getOrganization().getValues()).containsExactly("National CERT");
		this.mvc.perform(get("/directory/contacts/{id}/vcard", contact.getId()).with(TestSignIn.as(this.data.stakeholder())))
			.andExpect(status().isForbidden());
	}

	@Test
	void exportsTheSearchToCsvForThoseWhoMayReadIt() throws Exception {
		PointOfContact contact = this.data.contact("URY", ContactLevel.DIPLOMATIC, "es");

		this.mvc.perform(get("/directory/export.csv").param("state", "URY").with(TestSignIn.as(this.data.delegate("ARG"))))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/csv"))
			.andExpect(content().string(containsString("state,level,full_name,title,agency,emails")))
			.andExpect(content().string(containsString("URY,DIPLOMATIC," + contact.getFullName())));
		this.mvc.perform(get("/directory/export.csv").with(TestSignIn.as(this.data.stakeholder()))).andExpect(status().isForbidden());
		this.mvc.perform(get("/directory/export.csv")).andExpect(redirectedUrl("/login"));
	}

	@Test
	void exportsAreSafeToOpenInASpreadsheetAndImportBackUnchanged() throws Exception {
		UserAccount approver = this.data.approver("NOR");
		String formula = "=HYPERLINK(\"https://attacker.example\",\"x\")";
		this.mvc.perform(nomination("NOR", approver).param("level", "TECHNICAL")
			.param("fullName", formula)
			.param("emails", "formula-" + TestData.unique() + "@example.no")
			.param("phones", "+47 2200 0000")
			.param("availability", "ALWAYS"))
			.andExpect(redirectedUrlPattern("/directory/contacts/*"));

		String csv = this.mvc.perform(get("/directory/export.csv").param("state", "NOR").with(TestSignIn.as(this.data.admin())))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(csv).contains("'=HYPERLINK").contains("'+47 2200 0000").doesNotContain(",=HYPERLINK");

		String withoutStatusColumns = csv.lines()
			.map(line -> line.replaceAll(",(NOMINATED|VERIFIED),[^,]*$", ""))
			.reduce((a, b) -> a + "\n" + b)
			.orElseThrow()
			.replace("state,level,full_name,title,agency,emails,phones,working_languages,time_zone,availability,office_hours,secure_channels,status,last_confirmed",
					"state,level,full_name,title,agency,emails,phones,working_languages,time_zone,availability,office_hours,secure_channels");
		this.mvc.perform(importFile(withoutStatusColumns.replace("NOR,", "DNK,"), this.data.admin()))
			.andExpect(redirectedUrl("/directory"));
		assertThat(this.contacts.findActiveByStateId(this.data.state("DNK").getId()))
			.extracting(PointOfContact::getFullName, PointOfContact::getPhones)
			.contains(org.assertj.core.groups.Tuple.tuple(formula, java.util.List.of("+47 2200 0000")));
	}

	@Test
	void importsAGoodFileWhole() throws Exception {
		String marker = TestData.unique();
		String csv = """
				state,level,full_name,title,agency,emails,phones,working_languages,time_zone,availability
				CHL,TECHNICAL,Imported One %1$s,Head,CSIRT Chile,one-%1$s@example.cl;alt-%1$s@example.cl,+56 2 0000,es;en,America/Santiago,ALWAYS
				PER,DIPLOMATIC,Imported Two %1$s,,Cancillería,two-%1$s@example.pe,,es,,
				""".formatted(marker);

		this.mvc.perform(importFile(csv, this.data.admin()))
			.andExpect(redirectedUrl("/directory"));

		this.mvc.perform(get("/directory").param("q", marker).with(TestSignIn.as(this.data.secretariat())))
			.andExpect(content().string(containsString("2 contacts")))
			.andExpect(content().string(containsString("Imported One " + marker)))
			.andExpect(content().string(containsString("two-" + marker + "@example.pe")));
		this.mvc.perform(get("/directory/export.csv").param("q", marker).with(TestSignIn.as(this.data.admin())))
			.andExpect(content().string(containsString("one-" + marker + "@example.cl;alt-" + marker + "@example.cl")))
			.andExpect(content().string(containsString("es;en,America/Santiago,ALWAYS")));
	}

	@Test
	void aFileWithOneBadRowImportsNothingAndNamesTheRowAndTheProblem() throws Exception {
		String marker = TestData.unique();
		String csv = """
				state,level,full_name,emails,working_languages
				CHL,TECHNICAL,Good Row %1$s,good-%1$s@example.cl,es
				XXX,TECHNICAL,Bad State %1$s,bad-%1$s@example.cl,es
				PER,SOMETIMES,Bad Level %1$s,not-an-address,es
				""".formatted(marker);

		this.mvc.perform(importFile(csv, this.data.admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Nothing was imported: 3 problems were found.")))
			.andExpect(content().string(containsString("Not the alpha-3 code of a State.")))
			.andExpect(content().string(containsString("Use DIPLOMATIC or TECHNICAL.")))
			.andExpect(content().string(containsString("<td>3</td>")))
			.andExpect(content().string(containsString("<td>4</td>")));
		this.mvc.perform(get("/directory").param("q", marker).with(TestSignIn.as(this.data.secretariat())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(">0 contacts<")));
		this.mvc.perform(importFile(csv, this.data.secretariat())).andExpect(status().isForbidden());
	}

	private MockHttpServletRequestBuilder nomination(String state, UserAccount as) {
		return post("/directory/contacts/new").param("state", state).with(TestSignIn.as(as)).with(csrf());
	}

	private MockHttpServletRequestBuilder edit(PointOfContact contact, UserAccount as, long version) {
		return post("/directory/contacts/{id}/edit", contact.getId()).with(TestSignIn.as(as))
			.with(csrf())
			.param("level", contact.getLevel().name())
			.param("fullName", contact.getFullName())
			.param("title", contact.getTitle())
			.param("agency", contact.getAgency())
			.param("phones", String.join("\n", contact.getPhones()))
			.param("workingLanguages", String.join(",", contact.getWorkingLanguages()))
			.param("timeZone", contact.getTimeZone())
			.param("availability", contact.getAvailability().name())
			.param("version", Long.toString(version));
	}

	private RequestBuilder importFile(String csv, UserAccount as) {
		return multipart("/directory/import")
			.file(new MockMultipartFile("file", "contacts.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
			.param("verified", "true")
			.with(TestSignIn.as(as))
			.with(csrf());
	}

}
