package org.unoda.poa.meetings.registration;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A member of a delegation.
 */
@Entity
@Table(name = "participant")
public class Participant {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "registration_id")
	private DelegationRegistration registration;

	private int position;

	@Enumerated(EnumType.STRING)
	private ParticipantFunction function;

	private String givenNames;

	private String familyName;

	private String jobTitle;

	private String email;

	@Enumerated(EnumType.STRING)
	private Gender gender;

	private boolean listed;

	protected Participant() {
	}

	Participant(DelegationRegistration registration, int position, ParticipantDetails details) {
		this.registration = registration;
		this.position = position;
		this.function = details.function();
		this.givenNames = details.givenNames();
		this.familyName = details.familyName();
		this.jobTitle = details.jobTitle();
		this.email = details.email();
		this.gender = details.gender();
		this.listed = details.listed();
	}

	public Long getId() {
		return this.id;
	}

	public int getPosition() {
		return this.position;
	}

	public ParticipantFunction getFunction() {
		return this.function;
	}

	public String getGivenNames() {
		return this.givenNames;
	}

	public String getFamilyName() {
		return this.familyName;
	}

	public String getJobTitle() {
		return this.jobTitle;
	}

	public String getEmail() {
		return this.email;
	}

	public Gender getGender() {
		return this.gender;
	}

	public boolean isListed() {
		return this.listed;
	}

}
