package org.unoda.poa.web.admin;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.unoda.poa.core.state.State;
import org.unoda.poa.core.state.States;
import org.unoda.poa.core.user.AccountDetails;
import org.unoda.poa.core.user.Role;
import org.unoda.poa.core.user.UserAccount;
import org.unoda.poa.core.user.UserAdministration;
import org.unoda.poa.web.api.InvalidFieldException;

/**
 * Accounts in the API, for administrators.
 */
@RestController
@RequestMapping("/api/v1/admin/users")
@Tag(name = "Administration", description = "User accounts; administrators only")
class UserApiController {

	private final UserAdministration administration;

	private final States states;

	UserApiController(UserAdministration administration, States states) {
		this.administration = administration;
		this.states = states;
	}

	@GetMapping
	@Operation(summary = "Accounts, optionally filtered by text and role, 50 a page")
	List<Account> list(@RequestParam(name = "q", required = false) String text,
			@RequestParam(name = "role", required = false) Role role,
			@RequestParam(name = "page", defaultValue = "0") int page) {
		return this.administration.search(text, role, PageRequest.of(Math.max(page, 0), 50, Sort.by("username")))
			.map(Account::of)
			.getContent();
	}

	@GetMapping("/{id}")
	@Operation(summary = "One account")
	Account one(@PathVariable Long id) {
		return Account.of(this.administration.get(id));
	}

	@PostMapping
	@Operation(summary = "Create an account without a password; issue a set-password link from the pages")
	ResponseEntity<Account> create(@Valid @RequestBody NewAccount request) {
		if (request.role() == Role.STAKEHOLDER) {
			throw new InvalidFieldException("role", "stakeholder accounts are created in the pages");
		}
		Long stateId = null;
		if (request.role() == Role.DELEGATE) {
			stateId = this.states.find((request.state() != null) ? request.state() : "")
				.map(State::getId)
				.orElseThrow(() -> new InvalidFieldException("state", "a delegate needs the alpha-3 code of a State"));
		}
		else if (request.isApprover()) {
			throw new InvalidFieldException("approver", "only a delegate can be an approver");
		}
		UserAccount account = this.administration.create(request.username(),
				new AccountDetails(request.displayName(), request.email(), request.role(), stateId, null,
						request.isApprover()));
		return ResponseEntity.created(URI.create("/api/v1/admin/users/" + account.getId())).body(Account.of(account));
	}

	/**
	 * A new account.
	 *
	 * @param username the sign-in name: lower-case letters, digits, dots, dashes, underscores
	 * @param displayName the person's name
	 * @param email the e-mail address
	 * @param role the role
	 * @param state for a delegate, the alpha-3 code of the State
	 * @param approver whether a delegate may submit on the State's behalf
	 */
	record NewAccount(@NotBlank @Pattern(regexp = "(?i)[a-z0-9][a-z0-9._-]{2,63}") String username,
			@NotBlank @Size(max = 120) String displayName, @NotBlank @Email @Size(max = 254) String email,
			@NotNull Role role, String state, Boolean approver) {

		boolean isApprover() {
			return Boolean.TRUE.equals(this.approver);
		}


	}

	/**
	 * An account as the API shows it; never its password.
	 *
	 * @param id the identifier
	 * @param username the sign-in name
	 * @param displayName the person's name
	 * @param email the e-mail address
	 * @param role the role
	 * @param state the alpha-3 code of a delegate's State
	 * @param approver whether a delegate may submit on the State's behalf
	 * @param enabled whether the account may sign in
	 */
	record Account(Long id, String username, String displayName, String email, Role role, String state,
			boolean approver, boolean enabled) {

		static Account of(UserAccount account) {
			return new Account(account.getId(), account.getUsername(), account.getDisplayName(), account.getEmail(),
					account.getRole(), account.getState().map(state -> state.getAlpha3()).orElse(null),
					account.isApprover(), account.isEnabled());
		}

	}

}
