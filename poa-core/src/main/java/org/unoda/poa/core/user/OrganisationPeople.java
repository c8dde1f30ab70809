package org.unoda.poa.core.user;

import java.util.List;
import java.util.regex.Pattern;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unoda.poa.core.FieldRejectedException;
import org.unoda.poa.core.NotFoundException;
import org.unoda.poa.core.organisation.Organisation;
import org.unoda.poa.core.organisation.OrganisationRepository;
import org.unoda.poa.core.state.State;
import org.unoda.poa.core.state.StateRepository;

/**
 * A stakeholder organisation and its people: it signs up with its focal point, who then adds,
 * disables and enables the accounts of its representatives. Every new person sets a password
 * through a one-time link sent to the address given, which also proves the address.
 */
@Service
@Transactional
public class OrganisationPeople {

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private static final Pattern WEBSITE = Pattern.compile("https?://[^\\s]+\\.[^\\s]+");

	private final OrganisationRepository organisations;

	private final UserAccountRepository accounts;

	private final StateRepository states;

	private final PasswordLinks links;

	OrganisationPeople(OrganisationRepository organisations, UserAccountRepository accounts, StateRepository states,
			PasswordLinks links) {
		this.organisations = organisations;
		this.accounts = accounts;
		this.states = states;
		this.links = links;
	}

	/**
	 * Signs an organisation up with its focal point, all or nothing.
	 * @return the focal point's account and the link they set a password with
	 */
	public Invitation signUp(OrganisationSignUp form) {
		require("name", form.name(), 200);
		if (form.acronym() != null && form.acronym().strip().length() > 40) {
			throw new FieldRejectedException("acronym", "organisation.tooLong", 40);
		}
		if (form.type() == null) {
			throw new FieldRejectedException("type", "organisation.typeRequired");
		}
		if (form.website() == null || !WEBSITE.matcher(form.website().strip()).matches()) {
			throw new FieldRejectedException("website", "organisation.websiteInvalid");
		}
		if (this.organisations.existsByNameIgnoreCase(form.name().strip())) {
			throw new FieldRejectedException("name", "organisation.nameTaken");
		}
		State country = (form.countryId() != null) ? this.states.findById(form.countryId())
			.orElseThrow(() -> new FieldRejectedException("countryId", "organisation.countryInvalid")) : null;
		UserAccount focalPoint = person(form.username(), form.focalPointName(), form.focalPointEmail());
		Organisation organisation = this.organisations.save(new Organisation(form.name().strip(),
				blankToNull(form.acronym()), form.type(), country, form.website().strip(), form.ecosocStatus()));
		focalPoint.assign(Role.STAKEHOLDER, null, organisation, false);
		focalPoint.makeFocalPoint();
		UserAccount saved = save(focalPoint);
		return new Invitation(saved, this.links.issue(saved, saved.getUsername()));
	}

	/**
	 * The people of the viewer's organisation, enabled ones first.
	 */
	@Transactional(readOnly = true)
	public List<UserAccount> of(Viewer viewer) {
		if (!viewer.hasRole(Role.STAKEHOLDER)) {
			return List.of();
		}
		return this.accounts.findByOrganisationId(viewer.organisationId());
	}

	/**
	 * Whether the viewer is the focal point of their organisation.
	 */
	@Transactional(readOnly = true)
	public boolean isFocalPoint(Viewer viewer) {
		return viewer.hasRole(Role.STAKEHOLDER)
				&& this.accounts.findById(viewer.userId()).map(UserAccount::isFocalPoint).orElse(false);
	}

	/**
	 * The focal point adds a representative of the organisation.
	 * @return the representative's account and the link they set a password with
	 */
	public Invitation addRepresentative(Viewer viewer, String username, String name, String email) {
		Organisation organisation = organisationOfFocalPoint(viewer);
		UserAccount representative = person(username, name, email);
		representative.assign(Role.STAKEHOLDER, null, organisation, false);
		UserAccount saved = save(representative);
		return new Invitation(saved, this.links.issue(saved, viewer.username()));
	}

	public void disable(Viewer viewer, Long accountId) {
		representative(viewer, accountId).disable();
	}

	public void enable(Viewer viewer, Long accountId) {
		representative(viewer, accountId).enable();
	}

	/**
	 * One of the focal point's fellow representatives, never the focal point themselves.
	 */
	private UserAccount representative(Viewer viewer, Long accountId) {
		Organisation organisation = organisationOfFocalPoint(viewer);
		UserAccount account = this.accounts.findById(accountId)
			.filter((candidate) -> candidate.getOrganisation().map(Organisation::getId).orElse(-1L)
				.equals(organisation.getId()))
			.orElseThrow(() -> new NotFoundException("account", accountId));
		if (account.getId().equals(viewer.userId())) {
			throw new FieldRejectedException("account", "organisation.notYourself");
		}
		return account;
	}

	private Organisation organisationOfFocalPoint(Viewer viewer) {
		if (!isFocalPoint(viewer)) {
			throw new AccessDeniedException("only the organisation's focal point manages its people");
		}
		return this.organisations.findById(viewer.organisationId())
			.orElseThrow(() -> new NotFoundException("organisation", viewer.organisationId()));
	}

	private UserAccount person(String username, String name, String email) {
		String normalised = Usernames.normalise((username != null) ? username : "");
		if (!Usernames.isValid(normalised)) {
			throw new FieldRejectedException("username", "organisation.usernameInvalid");
		}
		if (this.accounts.existsByUsernameIgnoreCase(normalised)) {
			throw new FieldRejectedException("username", "organisation.usernameTaken");
		}
		require("focalPointName", name, 120);
		if (email == null || email.strip().length() > 254 || !EMAIL.matcher(email.strip()).matches()) {
			throw new FieldRejectedException("focalPointEmail", "organisation.emailInvalid");
		}
		return new UserAccount(normalised, name.strip(), email.strip());
	}

	private UserAccount save(UserAccount account) {
		try {
			return this.accounts.save(account);
		}
		catch (DataIntegrityViolationException ex) {
			// the same username signed up a moment ago
			throw new FieldRejectedException("username", "organisation.usernameTaken");
		}
	}

	private static void require(String field, String text, int limit) {
		if (text == null || text.isBlank()) {
			throw new FieldRejectedException(field, "organisation." + field + "Required");
		}
		if (text.strip().length() > limit) {
			throw new FieldRejectedException(field, "organisation.tooLong", limit);
		}
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
