package org.unoda.poa.web.account;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.unoda.poa.core.user.Role;
import org.unoda.poa.web.security.SignedInUser;

/**
 * Who the caller is, as the platform sees them.
 */
@RestController
@Tag(name = "Account")
class MeApiController {

	@GetMapping("/api/v1/me")
	@Operation(summary = "The signed-in user: name, role, and the State or organisation they are bound to")
	Me me(@AuthenticationPrincipal SignedInUser user) {
		return new Me(user.getUsername(), user.getDisplayName(), user.getRole(), user.getStateCode(),
				user.isApprover());
	}

	/**
	 * The signed-in user.
	 *
	 * @param username the sign-in name
	 * @param displayName the person's name
	 * @param role the role
	 * @param state the alpha-3 code of a delegate's State
	 * @param approver whether a delegate may submit on the State's behalf
	 */
	record Me(String username, String displayName, Role role, String state, boolean approver) {

	}

}
