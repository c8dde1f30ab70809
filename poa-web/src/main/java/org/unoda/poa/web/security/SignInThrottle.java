package org.unoda.poa.web.security;

import java.time.Duration;
import java.util.Locale;

import io.github.bucket4j.BucketConfiguration;

import org.springframework.stereotype.Component;

/**
 * Slows down whoever guesses passwords, without locking the real person out for long: a few
 * failed sign-ins for one account, or many from one address, and further tries wait. Each
 * failure takes a token from the account's bucket and from the address's; tokens come back
 * with time. The buckets live in PostgreSQL, so every node of a cluster counts the same
 * failures. An account is counted by the name typed, whether or not it exists, so the answer
 * never tells which accounts exist.
 */
@Component
public class SignInThrottle {

	/**
	 * Five failures in a row for one account, then one more try a minute.
	 */
	static final BucketConfiguration PER_ACCOUNT = BucketConfiguration.builder()
		.addLimit((limit) -> limit.capacity(5).refillGreedy(5, Duration.ofMinutes(5)))
		.build();

	/**
	 * Thirty failures from one address (a whole mission may share it), then two a minute.
	 */
	static final BucketConfiguration PER_ADDRESS = BucketConfiguration.builder()
		.addLimit((limit) -> limit.capacity(30).refillGreedy(30, Duration.ofMinutes(15)))
		.build();

	private static final int LONGEST_NAME = 200;

	private final ThrottleBuckets buckets;

	SignInThrottle(ThrottleBuckets buckets) {
		this.buckets = buckets;
	}

	/**
	 * How long this account and this address must wait before trying again; zero when they may
	 * try now.
	 */
	public Duration waitBefore(String username, String address) {
		long nanos = Math.max(wait(account(username), PER_ACCOUNT), wait(address(address), PER_ADDRESS));
		return Duration.ofNanos(nanos);
	}

	public void failed(String username, String address) {
		this.buckets.get(account(username), PER_ACCOUNT).tryConsume(1);
		this.buckets.get(address(address), PER_ADDRESS).tryConsume(1);
	}

	/**
	 * The account signed in: its earlier failures no longer count against it.
	 */
	void succeeded(String username) {
		this.buckets.forget(account(username));
	}

	private long wait(String key, BucketConfiguration configuration) {
		var probe = this.buckets.get(key, configuration).estimateAbilityToConsume(1);
		return probe.canBeConsumed() ? 0 : probe.getNanosToWaitForRefill();
	}

	private static String account(String username) {
		String name = (username != null) ? username.strip().toLowerCase(Locale.ROOT) : "";
		return "account:" + ((name.length() > LONGEST_NAME) ? name.substring(0, LONGEST_NAME) : name);
	}

	private static String address(String address) {
		return "address:" + address;
	}

}
