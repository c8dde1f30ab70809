package org.unoda.poa.core.user;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.springframework.util.Assert;
import org.unoda.poa.core.organisation.Organisation;
import org.unoda.poa.core.persistence.AuditedEntity;
import org.unoda.poa.core.state.State;

/**
 * A person who signs in. A delegate is bound to exactly one State, a stakeholder to exactly
 * one organisation; the secretariat and administrators to neither.
 */
@Entity
@Table(name = "user_account")
public class UserAccount extends AuditedEntity {

	private String username;

	private String displayName;

	private String email;

	private String passwordHash;

	@Enumerated(EnumType.STRING)
	private Role role;

	private boolean approver;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "state_id")
	private State state;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "organisation_id")
	private Organisation organisation;

	private boolean focalPoint;

	private boolean enabled = true;

	private String preferredLocale;

	private Instant lastSignInAt;

	protected UserAccount() {
	}

	public UserAccount(String username, String displayName, String email) {
		Assert.hasText(username, "username must not be empty");
		this.username = username;
		this.displayName = displayName;
		this.email = email;
	}

	/**
	 * Gives the account its role and binding, checking that a delegate has a State, a
	 * stakeholder an organisation, and that only a delegate can be an approver.
	 */
	public void assign(Role role, State state, Organisation organisation, boolean approver) {
		Assert.notNull(role, "role must not be null");
		Assert.isTrue((role == Role.DELEGATE) == (state != null), "a delegate, and only a delegate, has a State");
		Assert.isTrue((role == Role.STAKEHOLDER) == (organisation != null),
				"a stakeholder, and only a stakeholder, has an organisation");
		Assert.isTrue(!approver || role == Role.DELEGATE, "only a delegate can be an approver");
		this.role = role;
		this.state = state;
		this.organisation = organisation;
		this.approver = approver;
	}

	public void rename(String displayName, String email) {
		this.displayName = displayName;
		this.email = email;
	}

	public void changePasswordHash(String passwordHash) {
		this.passwordHash = passwordHash;
	}

	/**
	 * Makes a stakeholder its organisation's focal point, who manages its representatives.
	 */
	public void makeFocalPoint() {
		Assert.state(this.role == Role.STAKEHOLDER, "only a stakeholder is an organisation's focal point");
		this.focalPoint = true;
	}

	public boolean isFocalPoint() {
		return this.focalPoint;
	}

	public void disable() {
		this.enabled = false;
	}

	public void enable() {
		this.enabled = true;
	}

	/**
	 * The account as a {@link Viewer} for the rules of who may see what.
	 */
	public Viewer asViewer() {
		return new Viewer(getId(), this.role, (this.state != null) ? this.state.getId() : null,
				(this.organisation != null) ? this.organisation.getId() : null, this.approver, this.username);
	}

	public String getUsername() {
		return this.username;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public String getEmail() {
		return this.email;
	}

	public String getPasswordHash() {
		return this.passwordHash;
	}

	public boolean hasPassword() {
		return this.passwordHash != null;
	}

	public Role getRole() {
		return this.role;
	}

	public boolean isApprover() {
		return this.approver;
	}

	public Optional<State> getState() {
		return Optional.ofNullable(this.state);
	}

	public Optional<Organisation> getOrganisation() {
		return Optional.ofNullable(this.organisation);
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public Optional<Locale> getPreferredLocale() {
		return Optional.ofNullable(this.preferredLocale).map(Locale::forLanguageTag);
	}

	public Optional<Instant> getLastSignInAt() {
		return Optional.ofNullable(this.lastSignInAt);
	}

}
