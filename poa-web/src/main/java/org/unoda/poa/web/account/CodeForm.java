package org.unoda.poa.web.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A code from the authenticator app, or a recovery code.
 */
record CodeForm(@NotBlank(message = "{secondFactor.code.required}") @Size(max = 40) String code) {

	static CodeForm empty() {
		return new CodeForm("");
	}

}
