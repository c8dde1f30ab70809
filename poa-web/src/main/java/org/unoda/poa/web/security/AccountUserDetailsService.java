package org.unoda.poa.web.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unoda.poa.core.user.UserAccountRepository;

/**
 * Loads accounts for sign-in. An account that has no password yet cannot sign in, and looks
 * to the outside exactly like one that does not exist.
 */
@Service
class AccountUserDetailsService implements UserDetailsService {

	private final UserAccountRepository accounts;

	AccountUserDetailsService(UserAccountRepository accounts) {
		this.accounts = accounts;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		return this.accounts.findByUsername(username)
			.filter(account -> account.hasPassword())
			.map(SignedInUser::new)
			.orElseThrow(() -> new UsernameNotFoundException("no account can sign in with that name"));
	}

}
