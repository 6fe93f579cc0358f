package dev.albatross.domain.port;

import io.vertx.core.Future;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** A shared cache of hot reads; entries vanish after their time to live or on invalidation. */
public interface Cache {
  Future<Optional<String>> get(String key);

  /** Holds a value under a key for as long as its time to live (none left: the key is a miss). */
  Future<Void> put(String key, String value, Duration ttl);

  /** A value to hold under a key for as long as its time to live. */
  record Entry(String key, String value, Duration ttl) {}

  /**
   * Puts every entry, in the order given (of two for one key, the later stays): a projection's
   * writes for one delivery, which a shared cache takes in one round trip.
   */
  Future<Void> putAll(List<Entry> entries);

  /**
   * Puts only if the key holds nothing: how a reader fills the cache after a miss, so a copy it
   * read before a change cannot overwrite the one the projection wrote after it.
   */
  Future<Void> putIfAbsent(String key, String value, Duration ttl);

  Future<Void> invalidate(String key);
}
