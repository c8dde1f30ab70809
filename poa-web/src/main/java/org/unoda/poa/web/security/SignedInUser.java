package org.unoda.poa.web.security;

import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.unoda.poa.core.user.Role;
import org.unoda.poa.core.user.UserAccount;
import org.unoda.poa.core.user.Viewer;

/**
 * The person signed in, as kept in the session: enough to decide what they may see without a
 * database round trip.
 */
public final class SignedInUser implements UserDetails, CredentialsContainer, Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	/** The authority of a delegate who may submit on the State's behalf. */
	public static final String APPROVER = "ROLE_APPROVER";

	private final Long id;

	private final String username;

	private final String displayName;

	private final Role role;

	private final Long stateId;

	private final String stateCode;

	private final Long organisationId;

	private final boolean approver;

	private final boolean enabled;

	private final long accountVersion;

	private final String preferredLanguage;

	private String passwordHash;

	SignedInUser(UserAccount account) {
		this.id = account.getId();
		this.username = account.getUsername();
		this.displayName = account.getDisplayName();
		this.role = account.getRole();
		this.stateId = account.getState().map(state -> state.getId()).orElse(null);
		this.stateCode = account.getState().map(state -> state.getAlpha3()).orElse(null);
		this.organisationId = account.getOrganisation().map(organisation -> organisation.getId()).orElse(null);
		this.approver = account.isApprover();
		this.enabled = account.isEnabled();
		this.accountVersion = account.getVersion();
		this.preferredLanguage = account.getPreferredLocale().map(Locale::toLanguageTag).orElse(null);
		this.passwordHash = account.getPasswordHash();
	}

	public Viewer viewer() {
		return new Viewer(this.id, this.role, this.stateId, this.organisationId, this.approver, this.username);
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		List<GrantedAuthority> authorities = new ArrayList<>();
		authorities.add(new SimpleGrantedAuthority(this.role.authority()));
		if (this.approver) {
			authorities.add(new SimpleGrantedAuthority(APPROVER));
		}
		return authorities;
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.username;
	}

	@Override
	public boolean isEnabled() {
		return this.enabled;
	}

	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

	public Long getId() {
		return this.id;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public Role getRole() {
		return this.role;
	}

	/**
	 * The alpha-3 code of a delegate's State, else {@code null}.
	 */
	public String getStateCode() {
		return this.stateCode;
	}

	public boolean isApprover() {
		return this.approver;
	}

	/**
	 * The UN language the person last chose, as a language tag, or {@code null} for none yet.
	 */
	public String getPreferredLanguage() {
		return this.preferredLanguage;
	}

	/**
	 * The account's version at sign-in; a session ends when it changes.
	 */
	long getAccountVersion() {
		return this.accountVersion;
	}

}
