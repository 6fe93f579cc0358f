package dev.albatross.adapter.memory;

import dev.albatross.domain.port.Cache;
import io.vertx.core.Future;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The cache of one process, in a map. Expired entries are swept out at most once a second, on a
 * read or a write, and only once there are many: a sweep reads every entry, so sweeping on every
 * call would make each call cost as much as the whole cache.
 */
public final class InMemoryCache implements Cache {
  private static final int SWEEP_ABOVE = 10_000;
  private static final long SWEEP_EVERY_NANOS = Duration.ofSeconds(1).toNanos();

  private record Entry(String value, long expiresAtNanos) {}

  private final Map<String, Entry> entries = new ConcurrentHashMap<>();
  private final AtomicLong nextSweepNanos = new AtomicLong(System.nanoTime());

  @Override
  public Future<Optional<String>> get(String key) {
    long now = System.nanoTime();
    sweepIfDue(now);
    Entry entry = entries.get(key);
    if (entry == null || entry.expiresAtNanos() - now <= 0) {
      return Future.succeededFuture(Optional.empty());
    }
    return Future.succeededFuture(Optional.of(entry.value()));
  }

  @Override
  public Future<Void> put(String key, String value, Duration ttl) {
    long now = System.nanoTime();
    entries.put(key, new Entry(value, now + ttl.toNanos()));
    sweepIfDue(now);
    return Future.succeededFuture();
  }

  @Override
  public Future<Void> putIfAbsent(String key, String value, Duration ttl) {
    long now = System.nanoTime();
    entries.compute(key, (k, old) -> old != null && old.expiresAtNanos() - now > 0 ? old
        : new Entry(value, now + ttl.toNanos()));
    return Future.succeededFuture();
  }

  private void sweepIfDue(long now) {
    long due = nextSweepNanos.get();
    if (entries.size() > SWEEP_ABOVE && now - due >= 0 && nextSweepNanos.compareAndSet(due, now + SWEEP_EVERY_NANOS)) {
      entries.values().removeIf(e -> e.expiresAtNanos() - now <= 0);
    }
  }

  /** Entries held, expired ones not yet swept included. */
  int held() {
    return entries.size();
  }

  @Override
  public Future<Void> invalidate(String key) {
    entries.remove(key);
    return Future.succeededFuture();
  }
}
