package dev.albatross.adapter.redis;

import dev.albatross.domain.port.LoginThrottle;
import io.vertx.core.Future;
import io.vertx.redis.client.RedisAPI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Failed sign-ins per key as a sorted set of failure times (microseconds since the epoch), shared
 * by every gateway: locked while {@code maxFailures} fall within {@code window}. Each operation is
 * one script, so concurrent gateways never see half an update.
 */
public final class RedisLoginThrottle implements LoginThrottle {
  public static final String DEFAULT_PREFIX = "albatross:login-failures:";

  /** Drops failures that left the window; if the limit is reached, the time of the oldest one that counts. */
  private static final String LOCKED_SINCE = """
      redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', ARGV[1])
      local count = redis.call('ZCARD', KEYS[1])
      local limit = tonumber(ARGV[2])
      if count < limit then return false end
      return redis.call('ZRANGE', KEYS[1], count - limit, count - limit, 'WITHSCORES')[2]
      """;
  private static final String RECORD = """
      redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', ARGV[1])
      redis.call('ZADD', KEYS[1], ARGV[2], ARGV[3])
      redis.call('PEXPIRE', KEYS[1], ARGV[4])
      return redis.status_reply('OK')
      """;

  private final RedisAPI redis;
  private final String prefix;
  private final int maxFailures;
  private final Duration window;

  public RedisLoginThrottle(RedisAPI redis, String prefix, int maxFailures, Duration window) {
    this.redis = redis;
    this.prefix = prefix;
    this.maxFailures = maxFailures;
    this.window = window;
  }

  @Override
  public Future<Optional<Duration>> lockedFor(String key, Instant now) {
    return redis.eval(List.of(LOCKED_SINCE, "1", prefix + key, expiredUpTo(now), Integer.toString(maxFailures)))
        .map(oldest -> Optional.ofNullable(oldest)
            .map(score -> fromMicros((long) Double.parseDouble(score.toString())).plus(window))
            .map(unlocks -> Duration.between(now, unlocks)));
  }

  @Override
  public Future<Void> recordFailure(String key, Instant now) {
    return redis.eval(List.of(RECORD, "1", prefix + key, expiredUpTo(now), Long.toString(micros(now)),
            micros(now) + ":" + UUID.randomUUID(), Long.toString(window.toMillis())))
        .mapEmpty();
  }

  @Override
  public Future<Void> reset(String key) {
    return redis.del(List.of(prefix + key)).mapEmpty();
  }

  /** A failure at or before this score has left the window at {@code now}. */
  private String expiredUpTo(Instant now) {
    return Long.toString(micros(now.minus(window)));
  }

  private static long micros(Instant at) {
    return ChronoUnit.MICROS.between(Instant.EPOCH, at);
  }

  private static Instant fromMicros(long micros) {
    return Instant.EPOCH.plus(micros, ChronoUnit.MICROS);
  }
}
