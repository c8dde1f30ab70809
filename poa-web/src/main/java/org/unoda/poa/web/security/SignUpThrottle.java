package org.unoda.poa.web.security;

import java.time.Duration;

import io.github.bucket4j.BucketConfiguration;

import org.springframework.stereotype.Component;

/**
 * Limits how many organisations one address signs up: each sign-up sends a mail and answers
 * whether a sign-in name is taken, so a script must not repeat it at will. Ten tries an hour
 * from one address, then one every six minutes.
 */
@Component
public class SignUpThrottle {

	static final BucketConfiguration PER_ADDRESS = BucketConfiguration.builder()
		.addLimit((limit) -> limit.capacity(10).refillGreedy(10, Duration.ofHours(1)))
		.build();

	private final ThrottleBuckets buckets;

	SignUpThrottle(ThrottleBuckets buckets) {
		this.buckets = buckets;
	}

	/**
	 * Counts a sign-up from this address.
	 * @return whether it may go ahead
	 */
	public boolean allows(String address) {
		return this.buckets.get("sign-up:" + address, PER_ADDRESS).tryConsume(1);
	}

}
