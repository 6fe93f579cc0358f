package dev.albatross.adapter;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Pauses that double after each failure in a row, up to a ceiling, each drawn at random between
 * half and all of its nominal length ("equal jitter"): processes that lost a service together do
 * not all come back to it in the same millisecond.
 */
public final class Backoff {
  private final long firstMillis;
  private final long maxMillis;
  private int failures;

  public Backoff(Duration first, Duration max) {
    this.firstMillis = first.toMillis();
    this.maxMillis = max.toMillis();
  }

  /** The pause before the next attempt, counting one more failure in a row. */
  public long nextMillis() {
    return pauseMillis(failures++);
  }

  /**
   * The pause after {@code failuresInARow} failures before it (0 for the first pause), for a
   * client that counts its attempts itself, as PostgreSQL's subscriber does.
   */
  public long pauseMillis(int failuresInARow) {
    long nominal = Math.min(maxMillis, firstMillis << Math.min(failuresInARow, 20));
    return nominal / 2 + ThreadLocalRandom.current().nextLong(nominal / 2 + 1);
  }

  /** A success: the next failure starts from the first pause again. */
  public void reset() {
    failures = 0;
  }
}
