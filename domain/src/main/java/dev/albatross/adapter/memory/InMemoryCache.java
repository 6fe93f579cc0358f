package dev.albatross.adapter.memory;

import dev.albatross.domain.port.Cache;
import io.vertx.core.Future;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

public final class InMemoryCache implements Cache {
  private record Entry(String value, long expiresAtNanos) {}

  private final Map<String, Entry> entries = new ConcurrentHashMap<>();

  @Override
  public Future<Optional<String>> get(String key) {
    Entry entry = entries.get(key);
    if (entry == null || entry.expiresAtNanos() - System.nanoTime() <= 0) {
      return Future.succeededFuture(Optional.empty());
    }
    return Future.succeededFuture(Optional.of(entry.value()));
  }

  @Override
  public Future<Void> put(String key, String value, Duration ttl) {
    entries.put(key, new Entry(value, System.nanoTime() + ttl.toNanos()));
    if (entries.size() > 100_000) {
      long now = System.nanoTime();
      entries.values().removeIf(e -> e.expiresAtNanos() - now <= 0);
    }
    return Future.succeededFuture();
  }

  @Override
  public Future<Void> putIfAbsent(String key, String value, Duration ttl) {
    long now = System.nanoTime();
    entries.compute(key, (k, old) -> old != null && old.expiresAtNanos() - now > 0 ? old
        : new Entry(value, now + ttl.toNanos()));
    return Future.succeededFuture();
  }

  @Override
  public Future<Void> invalidate(String key) {
    entries.remove(key);
    return Future.succeededFuture();
  }
}
