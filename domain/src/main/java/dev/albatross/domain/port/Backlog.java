package dev.albatross.domain.port;

import java.time.Instant;
import java.util.Optional;

/**
 * The events stored after a place in the feed: how many (counted up to {@link #COUNTED_UP_TO},
 * enough to tell a backlog from a stall), and when the oldest of them was recorded.
 */
public record Backlog(long events, Optional<Instant> oldest) {
  public static final long COUNTED_UP_TO = 1_000_000;
  public static final Backlog NONE = new Backlog(0, Optional.empty());
}
