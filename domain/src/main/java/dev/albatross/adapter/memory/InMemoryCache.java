package dev.albatross.adapter.memory;

import dev.albatross.domain.port.Cache;
import io.vertx.core.Future;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The cache of one process, in a map holding at most {@code capacity} entries: past it, the
 * entry written longest ago goes, as Redis lets keys go when it reaches its memory limit. Without
 * the bound the cache would hold every PIREP written in the last 30 s, a copy of what the
 * in-memory read models already hold, kept just long enough to be costly for the collector.
 * Expired entries are swept out at most once a second, on a read or a write.
 */
public final class InMemoryCache implements Cache {
  public static final int DEFAULT_CAPACITY = 10_000;
  private static final long SWEEP_EVERY_NANOS = Duration.ofSeconds(1).toNanos();

  private record Stored(String value, long expiresAtNanos) {
    boolean liveAt(long nanos) {
      return expiresAtNanos - nanos > 0;
    }
  }

  private final Map<String, Stored> entries;
  private long nextSweepNanos = System.nanoTime();

  public InMemoryCache() {
    this(DEFAULT_CAPACITY);
  }

  public InMemoryCache(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1");
    }
    this.entries = new LinkedHashMap<>(16, 0.75f, false) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, Stored> eldest) {
        return size() > capacity;
      }
    };
  }

  @Override
  public synchronized Future<Optional<String>> get(String key) {
    long now = System.nanoTime();
    sweepIfDue(now);
    Stored entry = entries.get(key);
    if (entry == null || !entry.liveAt(now)) {
      return Future.succeededFuture(Optional.empty());
    }
    return Future.succeededFuture(Optional.of(entry.value()));
  }

  @Override
  public synchronized Future<Void> put(String key, String value, Duration ttl) {
    long now = System.nanoTime();
    sweepIfDue(now);
    hold(key, value, ttl, now);
    return Future.succeededFuture();
  }

  @Override
  public synchronized Future<Void> putAll(List<Cache.Entry> written) {
    long now = System.nanoTime();
    sweepIfDue(now);
    written.forEach(e -> hold(e.key(), e.value(), e.ttl(), now));
    return Future.succeededFuture();
  }

  private void hold(String key, String value, Duration ttl, long now) {
    entries.remove(key); // a map in insertion order keeps a replaced key's place; a write moves it to the end
    entries.put(key, new Stored(value, now + ttl.toNanos()));
  }

  @Override
  public synchronized Future<Void> putIfAbsent(String key, String value, Duration ttl) {
    long now = System.nanoTime();
    Stored old = entries.get(key);
    if (old == null || !old.liveAt(now)) {
      sweepIfDue(now);
      hold(key, value, ttl, now);
    }
    return Future.succeededFuture();
  }

  @Override
  public synchronized Future<Void> invalidate(String key) {
    entries.remove(key);
    return Future.succeededFuture();
  }

  private void sweepIfDue(long now) {
    if (now - nextSweepNanos >= 0) {
      nextSweepNanos = now + SWEEP_EVERY_NANOS;
      entries.values().removeIf(e -> !e.liveAt(now));
    }
  }

  /** Entries held, expired ones not yet swept included. */
  synchronized int held() {
    return entries.size();
  }
}
