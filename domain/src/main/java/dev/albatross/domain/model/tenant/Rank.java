package dev.albatross.domain.model.tenant;

import java.util.List;
import java.util.Optional;

/** A step of an airline's career ladder: reached with {@code minHours} accepted flight hours. */
public record Rank(String name, int minHours) {

  /** The highest of {@code ranks} (lowest first) whose minimum {@code flightMinutes} reach. */
  public static Optional<Rank> reachedWith(List<Rank> ranks, long flightMinutes) {
    Rank reached = null;
    for (Rank rank : ranks) {
      if (rank.minHours() * 60L <= flightMinutes) {
        reached = rank;
      }
    }
    return Optional.ofNullable(reached);
  }
}
