package org.unoda.poa.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.unoda.poa.core.contact.Availability;
import org.unoda.poa.core.contact.ContactDetails;
import org.unoda.poa.core.contact.ContactLevel;
import org.unoda.poa.core.contact.PointOfContact;
import org.unoda.poa.core.contact.PointOfContactRepository;
import org.unoda.poa.core.meeting.DutyStation;
import org.unoda.poa.core.meeting.Meeting;
import org.unoda.poa.core.meeting.MeetingRepository;
import org.unoda.poa.core.meeting.MeetingType;
import org.unoda.poa.core.organisation.Organisation;
import org.unoda.poa.core.organisation.OrganisationRepository;
import org.unoda.poa.core.organisation.OrganisationType;
import org.unoda.poa.core.report.NationalReport;
import org.unoda.poa.core.report.NationalReportRepository;
import org.unoda.poa.core.report.ReportVisibility;
import org.unoda.poa.core.state.State;
import org.unoda.poa.core.state.StateRepository;
import org.unoda.poa.core.user.Role;
import org.unoda.poa.core.user.UserAccount;
import org.unoda.poa.core.user.UserAccountRepository;

/**
 * Small builders of test data. Every name is unique, so tests sharing a database never see
 * each other's rows by accident.
 */
@TestComponent
public class TestData {

	/** The password of every account made here. */
	public static final String PASSWORD = "correct horse battery staple";

	private final UserAccountRepository accounts;

	private final StateRepository states;

	private final OrganisationRepository organisations;

	private final NationalReportRepository reports;

	private final PointOfContactRepository contacts;

	private final PasswordEncoder passwordEncoder;

	private final JdbcClient jdbc;

	private final MeetingRepository meetings;

	TestData(UserAccountRepository accounts, StateRepository states, OrganisationRepository organisations,
			NationalReportRepository reports, PointOfContactRepository contacts, PasswordEncoder passwordEncoder,
			JdbcClient jdbc, MeetingRepository meetings) {
		this.meetings = meetings;
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.states = states;
		this.organisations = organisations;
		this.reports = reports;
		this.contacts = contacts;
		this.passwordEncoder = passwordEncoder;
	}

	public UserAccount admin() {
		return account(Role.ADMIN, null, null, false);
	}

	public UserAccount secretariat() {
		return account(Role.SECRETARIAT, null, null, false);
	}

	public UserAccount delegate(String stateCode) {
		return account(Role.DELEGATE, state(stateCode), null, false);
	}

	public UserAccount approver(String stateCode) {
		return account(Role.DELEGATE, state(stateCode), null, true);
	}

	public UserAccount stakeholder() {
		return account(Role.STAKEHOLDER, null, organisation(), false);
	}

	/**
	 * A representative of a new organisation accredited by non-objection.
	 */
	public UserAccount accreditedStakeholder() {
		UserAccount stakeholder = stakeholder();
		this.jdbc.sql("""
				insert into accreditation_application (organisation_id, purpose, activities, relevance, status)
				values (:organisation, 'Purpose', 'Activities', 'Relevance', 'ACCREDITED')
				""").param("organisation", stakeholder.getOrganisation().orElseThrow().getId()).update();
		return stakeholder;
	}

	/**
	 * The focal point of a new organisation accredited by non-objection: the stakeholder who may
	 * do most.
	 */
	public UserAccount accreditedFocalPoint() {
		UserAccount focalPoint = accreditedStakeholder();
		this.jdbc.sql("update user_account set focal_point = true where id = :id").param("id", focalPoint.getId()).update();
		return focalPoint;
	}

	public Organisation organisation() {
		return this.organisations.save(new Organisation("Organisation " + unique(), null, OrganisationType.NGO,
				state("KEN"), "https://example.org", false));
	}

	public State state(String code) {
		return this.states.findByAlpha3(code).orElseThrow();
	}

	public NationalReport draft(String stateCode, ReportVisibility visibility) {
		return this.reports.save(new NationalReport(state(stateCode), cycle(), "Draft " + unique(), visibility, "en"));
	}

	public NationalReport submitted(String stateCode, ReportVisibility visibility) {
		NationalReport report = new NationalReport(state(stateCode), cycle(), "Report " + unique(), visibility, "en");
		report.markSubmitted(Instant.parse("2026-06-30T12:00:00Z"));
		return this.reports.save(report);
	}

	/**
	 * A new reporting cycle on the shipped template, open from 1 January to 30 June 2026.
	 */
	public Long cycle() {
		return cycle(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-06-30"));
	}

	public Long cycle(LocalDate opensOn, LocalDate deadline) {
		Long shipped = this.jdbc.sql("select id from report_template where code = 'NSI' and edition = 1")
			.query(Long.class)
			.single();
		return cycle(shipped, opensOn, deadline);
	}

	/**
	 * A new reporting cycle on the given template edition.
	 */
	public Long cycle(Long templateId, LocalDate opensOn, LocalDate deadline) {
		return this.jdbc.sql("""
				insert into reporting_cycle (title, template_id, opens_on, deadline, original_deadline, reminder_days)
				values (:title, :template, :opens, :deadline, :deadline, '{30,14,7,1}')
				returning id
				""")
			.param("template", templateId)
			.param("title", "Cycle " + unique())
			.param("opens", opensOn)
			.param("deadline", deadline)
			.query(Long.class)
			.single();
	}

	/**
	 * A new meeting, announced and open for registration until the given day.
	 */
	public Meeting meetingOpenForRegistration(LocalDate start, LocalDate registrationDeadline) {
		Meeting meeting = new Meeting(MeetingType.WORKING_GROUP_SESSION, "Meeting " + unique(), start, start.plusDays(2),
				DutyStation.GENEVA);
		meeting.announce();
		meeting.openRegistration(registrationDeadline, registrationDeadline.minusDays(1));
		return this.meetings.save(meeting);
	}

	/**
	 * A new meeting, still planned: only the secretariat sees it.
	 */
	public Meeting plannedMeeting(LocalDate start) {
		return this.meetings.save(new Meeting(MeetingType.MEETING_OF_STATES, "Planned meeting " + unique(), start,
				start.plusDays(4), DutyStation.NEW_YORK));
	}

	/**
	 * A nominated contact of the State, with a unique e-mail address.
	 */
	public PointOfContact contact(String stateCode, ContactLevel level, String... languages) {
		String name = "Contact " + unique();
		ContactDetails details = new ContactDetails(level, name, "Head of CERT", "National CERT",
				List.of(name.toLowerCase().replace(' ', '.') + "@example.org"), List.of("+1 555 0100"),
				List.of(languages), "UTC", Availability.ALWAYS, null, null);
		return this.contacts.save(PointOfContact.nominate(state(stateCode), details, "test", Instant.now()));
	}

	public static String unique() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

	private UserAccount account(Role role, State state, Organisation organisation, boolean approver) {
		String username = role.name().toLowerCase() + "." + unique();
		UserAccount account = new UserAccount(username, "Test " + username, username + "@example.org");
		account.assign(role, state, organisation, approver);
		account.changePasswordHash(this.passwordEncoder.encode(PASSWORD));
		return this.accounts.save(account);
	}

}
