package org.unoda.poa.web.security;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

import javax.sql.DataSource;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
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
class SignInThrottle {

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

	private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;

	private final JdbcClient jdbc;

	private final Clock clock;

	SignInThrottle(DataSource dataSource, JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
			.primaryKeyMapper(PrimaryKeyMapper.STRING)
			.table("sign_in_throttle")
			.idColumn("id")
			.stateColumn("state")
			.expiresAtColumn("expires_at")
			.expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ZERO))
			.clientClock(new ClockTimeMeter(clock))
			.build();
	}

	/**
	 * How long this account and this address must wait before trying again; zero when they may
	 * try now.
	 */
	Duration waitBefore(String username, String address) {
		long nanos = Math.max(wait(account(username), PER_ACCOUNT), wait(address(address), PER_ADDRESS));
		return Duration.ofNanos(nanos);
	}

	void failed(String username, String address) {
		bucket(account(username), PER_ACCOUNT).tryConsume(1);
		bucket(address(address), PER_ADDRESS).tryConsume(1);
	}

	/**
	 * The account signed in: its earlier failures no longer count against it.
	 */
	void succeeded(String username) {
		this.buckets.removeProxy(account(username));
	}

	/**
	 * Forgets buckets that are full again. (Bucket4j's own {@code removeExpired} reads the
	 * system clock, not the platform's.)
	 */
	@Scheduled(fixedDelayString = "${poa.security.throttle-cleanup-interval:PT10M}", initialDelayString = "PT2M")
	@SchedulerLock(name = "sign-in-throttle-cleanup", lockAtMostFor = "PT10M")
	void forgetRefilledBuckets() {
		this.jdbc.sql("delete from sign_in_throttle where expires_at < :now").param("now", this.clock.millis()).update();
	}

	private long wait(String key, BucketConfiguration configuration) {
		var probe = bucket(key, configuration).estimateAbilityToConsume(1);
		return probe.canBeConsumed() ? 0 : probe.getNanosToWaitForRefill();
	}

	private BucketProxy bucket(String key, BucketConfiguration configuration) {
		return this.buckets.builder().build(key, () -> configuration);
	}

	private static String account(String username) {
		String name = (username != null) ? username.strip().toLowerCase(Locale.ROOT) : "";
		return "account:" + ((name.length() > LONGEST_NAME) ? name.substring(0, LONGEST_NAME) : name);
	}

	private static String address(String address) {
		return "address:" + address;
	}

	/**
	 * The platform's clock as Bucket4j reads time, so that tests can move it.
	 */
	private record ClockTimeMeter(Clock clock) implements TimeMeter {

		@Override
		public long currentTimeNanos() {
			return this.clock.millis() * 1_000_000L;
		}

		@Override
		public boolean isWallClockBased() {
			return true;
		}

	}

}
