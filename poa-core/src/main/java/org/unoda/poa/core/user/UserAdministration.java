package org.unoda.poa.core.user;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unoda.poa.core.NotFoundException;
import org.unoda.poa.core.organisation.Organisation;
import org.unoda.poa.core.organisation.OrganisationRepository;
import org.unoda.poa.core.state.State;
import org.unoda.poa.core.state.StateRepository;

/**
 * What administrators do with accounts, and how anyone sets a password through a one-time link.
 */
@Service
@Transactional
public class UserAdministration {

	private final UserAccountRepository accounts;

	private final PasswordTokenRepository tokens;

	private final StateRepository states;

	private final OrganisationRepository organisations;

	private final PasswordEncoder passwordEncoder;

	private final PasswordPolicy passwordPolicy;

	private final Clock clock;

	private final PasswordLinks links;

	private final SecondFactors secondFactors;

	UserAdministration(UserAccountRepository accounts, PasswordTokenRepository tokens, StateRepository states,
			OrganisationRepository organisations, PasswordEncoder passwordEncoder, PasswordPolicy passwordPolicy,
			Clock clock, PasswordLinks links, SecondFactors secondFactors) {
		this.links = links;
		this.secondFactors = secondFactors;
		this.accounts = accounts;
		this.tokens = tokens;
		this.states = states;
		this.organisations = organisations;
		this.passwordEncoder = passwordEncoder;
		this.passwordPolicy = passwordPolicy;
		this.clock = clock;
	}

	@PreAuthorize("hasRole('ADMIN')")
	@Transactional(readOnly = true)
	public Page<UserAccount> search(String text, Role role, Pageable pageable) {
		String needle = (text != null) ? text.strip() : "";
		return this.accounts.search(needle, role, pageable);
	}

	/**
	 * How many accounts hold each role; roles nobody holds count zero.
	 */
	@PreAuthorize("hasRole('ADMIN')")
	@Transactional(readOnly = true)
	public Map<Role, Long> accountsPerRole() {
		Map<Role, Long> counts = new EnumMap<>(Role.class);
		for (Role role : Role.values()) {
			counts.put(role, 0L);
		}
		this.accounts.countPerRole().forEach(count -> counts.put(count.role(), count.accounts()));
		return counts;
	}

	@PreAuthorize("hasRole('ADMIN')")
	@Transactional(readOnly = true)
	public UserAccount get(Long id) {
		return this.accounts.findById(id).orElseThrow(() -> new NotFoundException("account", id));
	}

	/**
	 * Creates an account without a password; the person sets one through a link.
	 */
	@PreAuthorize("hasRole('ADMIN')")
	public UserAccount create(String username, AccountDetails details) {
		String name = Usernames.normalise(username);
		if (this.accounts.existsByUsernameIgnoreCase(name)) {
			throw new UsernameTakenException(name);
		}
		UserAccount account = new UserAccount(name, details.displayName(), details.email());
		apply(account, details);
		try {
			return this.accounts.save(account);
		}
		catch (DataIntegrityViolationException ex) {
			// another administrator created the same username a moment ago
			throw new UsernameTakenException(name);
		}
	}

	/**
	 * Changes an account, refusing the change when somebody else changed it since the editor
	 * loaded it.
	 */
	@PreAuthorize("hasRole('ADMIN')")
	public UserAccount update(Long id, long expectedVersion, AccountDetails details) {
		UserAccount account = get(id);
		if (account.getVersion() != expectedVersion) {
			throw new ObjectOptimisticLockingFailureException(UserAccount.class, id);
		}
		if (details.role() != Role.ADMIN) {
			requireAnotherAdministrator(account);
		}
		account.rename(details.displayName(), details.email());
		apply(account, details);
		return account;
	}

	@PreAuthorize("hasRole('ADMIN')")
	public void disable(Long id) {
		UserAccount account = get(id);
		requireAnotherAdministrator(account);
		account.disable();
	}

	private void requireAnotherAdministrator(UserAccount account) {
		if (account.getRole() == Role.ADMIN && account.isEnabled()
				&& this.accounts.countByRoleAndEnabledTrue(Role.ADMIN) <= 1) {
			throw new LastAdministratorException();
		}
	}

	/**
	 * Signs the account out everywhere: every session it has open, on any device and node,
	 * ends at its next request (the platform ends sessions whose account changed). The account
	 * stays enabled; its person signs in again.
	 */
	@PreAuthorize("hasRole('ADMIN')")
	public void endSessions(Long id) {
		this.accounts.findToEndSessionsById(id).orElseThrow(() -> new NotFoundException("account", id));
	}

	/**
	 * Forgets the account's authenticator app and recovery codes, for someone who lost their
	 * phone, and ends their sessions; they set up a new app at their next sign-in.
	 */
	@PreAuthorize("hasRole('ADMIN')")
	public void resetSecondFactor(Long id) {
		endSessions(id);
		this.secondFactors.forget(id);
	}

	@PreAuthorize("hasRole('ADMIN')")
	public void enable(Long id) {
		get(id).enable();
	}

	/**
	 * Issues a new one-time link for the account; older open links stop working.
	 */
	@PreAuthorize("hasRole('ADMIN')")
	public SetPasswordLink issueSetPasswordLink(Long id, String issuedBy) {
		return this.links.issue(get(id), issuedBy);
	}

	/**
	 * The account a set-password link is for, if the link still works.
	 */
	@Transactional(readOnly = true)
	public Optional<UserAccount> accountForLink(String token) {
		return usableToken(token).map(PasswordToken::getAccount);
	}

	/**
	 * Sets the password of the link's account and uses the link up.
	 */
	public UserAccount setPassword(String token, String newPassword) {
		PasswordToken passwordToken = usableToken(token).orElseThrow(InvalidPasswordLinkException::new);
		UserAccount account = passwordToken.getAccount();
		this.passwordPolicy.check(newPassword, account.getUsername()).ifPresent(key -> {
			throw new PasswordRejectedException(key);
		});
		account.changePasswordHash(this.passwordEncoder.encode(newPassword));
		passwordToken.useAt(this.clock.instant());
		return account;
	}

	private Optional<PasswordToken> usableToken(String token) {
		if (token == null || token.isBlank() || token.length() > 100) {
			return Optional.empty();
		}
		Instant now = this.clock.instant();
		return this.tokens.findByTokenHash(hash(token)).filter(candidate -> candidate.isUsableAt(now));
	}

	private void apply(UserAccount account, AccountDetails details) {
		State state = (details.role() == Role.DELEGATE && details.stateId() != null)
				? this.states.findById(details.stateId())
					.orElseThrow(() -> new NotFoundException("state", details.stateId()))
				: null;
		Organisation organisation = (details.role() == Role.STAKEHOLDER && details.organisationId() != null)
				? this.organisations.findById(details.organisationId())
					.orElseThrow(() -> new NotFoundException("organisation", details.organisationId()))
				: null;
		account.assign(details.role(), state, organisation, details.role() == Role.DELEGATE && details.approver());
	}

	static String hash(String token) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is always available", ex);
		}
	}

}
