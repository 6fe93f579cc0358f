package dev.albatross.domain.port;

import io.vertx.core.Future;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Counts failed sign-ins per e-mail in a sliding window. */
public interface LoginThrottle {

  /** How long the key must still wait at {@code now}, if it is locked out. */
  Future<Optional<Duration>> lockedFor(String key, Instant now);

  Future<Void> recordFailure(String key, Instant now);

  Future<Void> reset(String key);
}
