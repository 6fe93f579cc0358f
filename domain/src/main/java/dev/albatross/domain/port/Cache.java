package dev.albatross.domain.port;

import io.vertx.core.Future;
import java.time.Duration;
import java.util.Optional;

/** A shared cache of hot reads; entries vanish after their time to live or on invalidation. */
public interface Cache {
  Future<Optional<String>> get(String key);

  Future<Void> put(String key, String value, Duration ttl);

  /**
   * Puts only if the key holds nothing: how a reader fills the cache after a miss, so a copy it
   * read before a change cannot overwrite the one the projection wrote after it.
   */
  Future<Void> putIfAbsent(String key, String value, Duration ttl);

  Future<Void> invalidate(String key);
}
