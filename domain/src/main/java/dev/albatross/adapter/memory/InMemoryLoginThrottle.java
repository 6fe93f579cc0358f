package dev.albatross.adapter.memory;

import dev.albatross.domain.port.LoginThrottle;
import io.vertx.core.Future;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A sliding window of failure times per key: locked while {@code maxFailures} fall within {@code window}. */
public final class InMemoryLoginThrottle implements LoginThrottle {
  private final int maxFailures;
  private final Duration window;
  private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

  public InMemoryLoginThrottle(int maxFailures, Duration window) {
    this.maxFailures = maxFailures;
    this.window = window;
  }

  @Override
  public Future<Optional<Duration>> lockedFor(String key, Instant now) {
    Deque<Instant> times = failures.get(key);
    if (times == null) {
      return Future.succeededFuture(Optional.empty());
    }
    synchronized (times) {
      prune(times, now);
      if (times.size() < maxFailures) {
        return Future.succeededFuture(Optional.empty());
      }
      Instant unlocks = new ArrayList<>(times).get(times.size() - maxFailures).plus(window);
      return Future.succeededFuture(Optional.of(Duration.between(now, unlocks)));
    }
  }

  @Override
  public Future<Void> recordFailure(String key, Instant now) {
    Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
    synchronized (times) {
      prune(times, now);
      times.addLast(now);
    }
    return Future.succeededFuture();
  }

  @Override
  public Future<Void> reset(String key) {
    failures.remove(key);
    return Future.succeededFuture();
  }

  private void prune(Deque<Instant> times, Instant now) {
    while (!times.isEmpty() && !times.peekFirst().plus(window).isAfter(now)) {
      times.pollFirst();
    }
  }
}
