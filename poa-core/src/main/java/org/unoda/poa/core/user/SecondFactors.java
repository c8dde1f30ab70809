package org.unoda.poa.core.user;

import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

import com.bastiaanjansen.otp.SecretGenerator;
import com.bastiaanjansen.otp.TOTPGenerator;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unoda.poa.core.FieldRejectedException;

/**
 * The second sign-in factor: codes from any authenticator app (TOTP, RFC 6238: six digits, a new
 * one every 30 seconds, the clocks of phone and server allowed to differ by one step either
 * way), and ten recovery codes for when the phone is lost. A code is accepted once only, on any
 * node; each recovery code once only. Callers pass the signed-in person's own account.
 */
@Service
@Transactional
public class SecondFactors {

	/** The name under which the platform appears in the authenticator app. */
	static final String ISSUER = "PoA Platform";

	static final int RECOVERY_CODES = 10;

	private static final long STEP_SECONDS = 30;

	/** Letters and digits that cannot be mistaken for one another when copied by hand. */
	private static final String RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

	private final SecondFactorRepository factors;

	private final RecoveryCodeRepository recoveryCodes;

	private final PasswordEncoder passwordEncoder;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	SecondFactors(SecondFactorRepository factors, RecoveryCodeRepository recoveryCodes,
			PasswordEncoder passwordEncoder, Clock clock) {
		this.factors = factors;
		this.recoveryCodes = recoveryCodes;
		this.passwordEncoder = passwordEncoder;
		this.clock = clock;
	}

	/**
	 * A new secret to show as a QR code and as text; nothing is stored until a code from it is
	 * confirmed with {@link #turnOn}.
	 */
	@Transactional(readOnly = true)
	public String newSecret() {
		return new String(SecretGenerator.generate(), StandardCharsets.US_ASCII);
	}

	/**
	 * The {@code otpauth://} address an authenticator app reads from the QR code.
	 */
	@Transactional(readOnly = true)
	public String setUpAddress(String secret, String username) {
		try {
			return generator(secret).getURI(ISSUER, username).toString();
		}
		catch (URISyntaxException ex) {
			throw new IllegalArgumentException("cannot make an otpauth address for " + username, ex);
		}
	}

	/**
	 * Turns the second factor on once the person has shown, with a code, that their app holds
	 * the secret; replaces any earlier app and recovery codes.
	 * @return the new recovery codes, in clear, to be shown once
	 * @throws FieldRejectedException on {@code code} when the code does not match
	 */
	public List<String> turnOn(Long accountId, String secret, String code) {
		long step = matchingStep(secret, code)
			.orElseThrow(() -> new FieldRejectedException("code", "secondFactor.codeWrong"));
		this.factors.deleteByAccount(accountId);
		this.factors.save(new SecondFactor(accountId, secret, this.clock.instant()));
		// the code that confirmed the set-up cannot also sign someone in
		this.factors.useStep(accountId, step);
		return newRecoveryCodes(accountId);
	}

	/**
	 * Whether the code (from the app, or a recovery code) is good for this account now; a good
	 * code is used up.
	 */
	public Verdict verify(Long accountId, String code) {
		Optional<SecondFactor> factor = this.factors.findById(accountId);
		if (factor.isEmpty() || code == null) {
			return Verdict.REJECTED;
		}
		String typed = code.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
		if (typed.matches("\\d{6}")) {
			OptionalLong step = matchingStep(factor.get().getSecret(), typed);
			return (step.isPresent() && this.factors.useStep(accountId, step.getAsLong()) == 1) ? Verdict.ACCEPTED
					: Verdict.REJECTED;
		}
		for (RecoveryCode recovery : this.recoveryCodes.findUnused(accountId)) {
			if (this.passwordEncoder.matches(typed, recovery.getCodeHash())
					&& this.recoveryCodes.use(recovery.getId(), this.clock.instant()) == 1) {
				return Verdict.RECOVERY_CODE_USED;
			}
		}
		return Verdict.REJECTED;
	}

	/**
	 * Ten new recovery codes in place of the old ones, once the person has given a current code.
	 * @throws FieldRejectedException on {@code code} when the code is not good
	 */
	public List<String> renewRecoveryCodes(Long accountId, String code) {
		requireGood(accountId, code);
		return newRecoveryCodes(accountId);
	}

	/**
	 * Turns the second factor off, once the person has given a current code; refused to the
	 * secretariat and administrators, who must keep it.
	 */
	public void turnOff(Long accountId, Role role, String code) {
		if (role.requiresSecondFactor()) {
			throw new AccessDeniedException("the " + role + " role requires a second factor");
		}
		requireGood(accountId, code);
		forget(accountId);
	}

	/**
	 * Forgets the account's app and recovery codes, as when an administrator resets them for
	 * someone who lost their phone.
	 */
	void forget(Long accountId) {
		this.recoveryCodes.deleteByAccount(accountId);
		this.factors.deleteByAccount(accountId);
	}

	@Transactional(readOnly = true)
	public Status status(Long accountId) {
		return this.factors.findById(accountId)
			.map(factor -> new Status(true, factor.getEnabledAt(), this.recoveryCodes.countUnused(accountId)))
			.orElseGet(() -> new Status(false, null, 0));
	}

	@Transactional(readOnly = true)
	public boolean isOn(Long accountId) {
		return this.factors.existsById(accountId);
	}

	/**
	 * For the demo only, where the key is public: the next code that the account would accept,
	 * if its app holds that key. Empty when it holds another; a {@link NextCode} without code
	 * when the codes of the window have all been used and the next step must be waited for.
	 */
	@Transactional(readOnly = true)
	public Optional<NextCode> nextCode(Long accountId, String publicSecret) {
		return this.factors.findById(accountId).filter(factor -> factor.getSecret().equals(publicSecret)).map(factor -> {
			long now = this.clock.instant().getEpochSecond() / STEP_SECONDS;
			// never the previous step's code: it stops being accepted as soon as the clock enters
			// the next step, which may come before the person has typed it
			long step = Math.max(now, factor.getLastUsedStep() + 1);
			return new NextCode(
					(step <= now + 1) ? codeAt(publicSecret, Instant.ofEpochSecond(step * STEP_SECONDS)) : null);
		});
	}

	/**
	 * The code an authenticator app holding the secret shows at the instant, as tests acting as
	 * the person's phone need it.
	 */
	public static String codeAt(String secret, Instant instant) {
		return generator(secret).at(instant);
	}

	private void requireGood(Long accountId, String code) {
		if (verify(accountId, code) == Verdict.REJECTED) {
			throw new FieldRejectedException("code", "secondFactor.codeWrong");
		}
	}

	private List<String> newRecoveryCodes(Long accountId) {
		this.recoveryCodes.deleteByAccount(accountId);
		List<String> codes = new ArrayList<>(RECOVERY_CODES);
		for (int i = 0; i < RECOVERY_CODES; i++) {
			String code = randomCode();
			this.recoveryCodes.save(new RecoveryCode(accountId, this.passwordEncoder.encode(code)));
			codes.add(code.substring(0, 5) + "-" + code.substring(5));
		}
		return codes;
	}

	private String randomCode() {
		StringBuilder code = new StringBuilder(10);
		for (int i = 0; i < 10; i++) {
			code.append(RECOVERY_ALPHABET.charAt(this.random.nextInt(RECOVERY_ALPHABET.length())));
		}
		return code.toString();
	}

	/**
	 * The 30-second step, of the current one and its two neighbours, whose code this is.
	 */
	private OptionalLong matchingStep(String secret, String code) {
		if (code == null) {
			return OptionalLong.empty();
		}
		byte[] typed = code.strip().getBytes(StandardCharsets.US_ASCII);
		TOTPGenerator generator = generator(secret);
		long now = this.clock.instant().getEpochSecond() / STEP_SECONDS;
		for (long step = now - 1; step <= now + 1; step++) {
			byte[] expected = generator.at(Instant.ofEpochSecond(step * STEP_SECONDS))
				.getBytes(StandardCharsets.US_ASCII);
			if (MessageDigest.isEqual(expected, typed)) {
				return OptionalLong.of(step);
			}
		}
		return OptionalLong.empty();
	}

	private static TOTPGenerator generator(String secret) {
		return new TOTPGenerator.Builder(secret.getBytes(StandardCharsets.US_ASCII)).build();
	}

	/**
	 * How a code fared.
	 */
	public enum Verdict {

		/** A current code from the app. */
		ACCEPTED,
		/** One of the recovery codes, now used up. */
		RECOVERY_CODE_USED,
		/** Neither: wrong, expired or already used. */
		REJECTED

	}

	/**
	 * The code to type now, or {@code null} to wait for the next 30-second step.
	 */
	public record NextCode(String code) {

	}

	/**
	 * Whether the account has a second factor, since when, and how many recovery codes are left.
	 */
	public record Status(boolean on, Instant since, int recoveryCodesLeft) {

	}

}
