package org.unoda.poa.web.security;

import java.time.Clock;
import java.time.Duration;

import javax.sql.DataSource;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The token buckets of the platform's throttles (Bucket4j), kept in PostgreSQL so that every
 * node of a cluster draws from the same ones, on the platform's clock. A bucket is forgotten
 * once it is full again.
 */
@Component
class ThrottleBuckets {

	private final ProxyManager<String> buckets;

	private final JdbcClient jdbc;

	private final Clock clock;

	ThrottleBuckets(DataSource dataSource, JdbcClient jdbc, Clock clock) {
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

	BucketProxy get(String key, BucketConfiguration configuration) {
		return this.buckets.builder().build(key, () -> configuration);
	}

	void forget(String key) {
		this.buckets.removeProxy(key);
	}

	/**
	 * Forgets the buckets that are full again. (Bucket4j's own {@code removeExpired} reads the
	 * system clock, not the platform's.)
	 */
	@Scheduled(fixedDelayString = "${poa.security.throttle-cleanup-interval:PT10M}", initialDelayString = "PT2M")
	@SchedulerLock(name = "throttle-cleanup", lockAtMostFor = "PT10M")
	void forgetFullBuckets() {
		this.jdbc.sql("delete from sign_in_throttle where expires_at < :now").param("now", this.clock.millis()).update();
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
