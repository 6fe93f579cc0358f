package dev.albatross.domain.port;

import io.vertx.core.Future;
import java.time.Duration;
import java.util.Optional;

/** A shared cache of hot reads; entries vanish after their time to live or on invalidation. */
public interface Cache {
  Future<Optional<String>> get(String key);

  Future<Void> put(String key, String value, Duration ttl);

  Future<Void> invalidate(String key);
}
