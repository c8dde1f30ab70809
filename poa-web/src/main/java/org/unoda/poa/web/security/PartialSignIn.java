package org.unoda.poa.web.security;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Someone who gave the right password but not yet their second factor. It carries no role, so
 * no page that needs one opens; {@link SecondFactorGate} keeps it on the one step that is left.
 * The full sign-in waits inside, to be put in its place when the step is done.
 */
public final class PartialSignIn extends AbstractAuthenticationToken {

	@Serial
	private static final long serialVersionUID = 1L;

	static final String AUTHORITY = "SECOND_FACTOR_PENDING";

	private final Authentication signIn;

	private final Step step;

	private final Person person;

	PartialSignIn(Authentication signIn, Step step) {
		super(List.of(new SimpleGrantedAuthority(AUTHORITY)));
		this.signIn = signIn;
		this.step = step;
		SignedInUser user = (SignedInUser) signIn.getPrincipal();
		this.person = new Person(user.getUsername(), user.getDisplayName());
		setDetails(signIn.getDetails());
		setAuthenticated(true);
	}

	@Override
	public Object getCredentials() {
		return null;
	}

	/**
	 * Who is signing in, for the page's header; never a {@link SignedInUser}, so that nothing
	 * mistakes it for a signed-in person.
	 */
	@Override
	public Person getPrincipal() {
		return this.person;
	}

	@Override
	public String getName() {
		return this.person.username();
	}

	public Step getStep() {
		return this.step;
	}

	/**
	 * The account behind the sign-in, for the second step's own pages.
	 */
	public SignedInUser user() {
		return (SignedInUser) this.signIn.getPrincipal();
	}

	Authentication signIn() {
		return this.signIn;
	}

	/**
	 * What is left to do.
	 */
	public enum Step {

		/** Give a code from the authenticator app or a recovery code. */
		CODE("/login/code"),
		/** Set up an authenticator app, which the account's role requires. */
		SET_UP("/account/two-factor/set-up");

		private final String path;

		Step(String path) {
			this.path = path;
		}

		public String path() {
			return this.path;
		}

	}

	/**
	 * The name and display name of who is signing in.
	 */
	public record Person(String username, String displayName) implements Serializable {

	}

}
