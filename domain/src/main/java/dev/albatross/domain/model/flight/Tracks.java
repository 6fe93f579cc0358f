package dev.albatross.domain.model.flight;

import dev.albatross.domain.model.airport.GreatCircle;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;

/**
 * Pure functions over a flight's positions. Each takes the positions in any order, possibly with
 * repeated {@code seq}s (batches arrive out of order and are retried), and reads them in
 * {@code seq} order with the first of each {@code seq} kept.
 */
public final class Tracks {

  /**
   * An on-ground position this long or longer after the last airborne one is not its touchdown:
   * the positions in between, the landing itself, were never received.
   */
  static final Duration MAX_TOUCHDOWN_GAP = Duration.ofMinutes(2);

  private Tracks() {}

  public static TrackSummary summarize(List<Position> positions) {
    List<Position> track = inSeqOrder(positions);
    return new TrackSummary(
        legsNm(track), boxed(flightTimeMinutesOf(track)), boxed(landingRateFpmOf(track)));
  }

  /** The positions sorted by {@code seq}, duplicates dropped (the first received is kept). */
  public static List<Position> inSeqOrder(List<Position> positions) {
    List<Position> sorted = new ArrayList<>(positions);
    // a stable sort keeps the first received of equal seqs first
    sorted.sort(Comparator.comparingInt(Position::seq));
    List<Position> unique = new ArrayList<>(sorted.size());
    for (Position p : sorted) {
      if (unique.isEmpty() || unique.get(unique.size() - 1).seq() != p.seq()) {
        unique.add(p);
      }
    }
    return unique;
  }

  /** The sum of the great-circle legs between consecutive positions. */
  public static double distanceNm(List<Position> positions) {
    return legsNm(inSeqOrder(positions));
  }

  /**
   * Minutes from the first to the last airborne position (see {@link Position#airborne()}),
   * rounded; empty without an airborne position.
   */
  public static OptionalInt flightTimeMinutes(List<Position> positions) {
    return flightTimeMinutesOf(inSeqOrder(positions));
  }

  /**
   * The vertical speed at touchdown: at the first on-ground position right after the last
   * airborne one, as the API promises. A client sampling once a second may read that position
   * after the wheels settled (0 or climbing); then the last airborne position's vertical speed,
   * a second or less before contact, is the better reading.
   *
   * <p>An on-ground position counts only straight after an airborne one, and less than {@link
   * #MAX_TOUCHDOWN_GAP} after it: a client reconnecting at the gate sends on-ground positions with
   * a small vertical speed that are no landing. Empty when there is no touchdown.
   */
  public static OptionalInt landingRateFpm(List<Position> positions) {
    return landingRateFpmOf(inSeqOrder(positions));
  }

  private static double legsNm(List<Position> track) {
    double total = 0;
    for (int i = 1; i < track.size(); i++) {
      Position a = track.get(i - 1);
      Position b = track.get(i);
      total += GreatCircle.distanceNm(a.lat(), a.lon(), b.lat(), b.lon());
    }
    return total;
  }

  private static OptionalInt flightTimeMinutesOf(List<Position> track) {
    Position first = null;
    Position last = null;
    for (Position p : track) {
      if (p.airborne()) {
        first = first == null ? p : first;
        last = p;
      }
    }
    if (first == null) {
      return OptionalInt.empty();
    }
    long seconds = Duration.between(first.at(), last.at()).toSeconds();
    return OptionalInt.of((int) Math.round(seconds / 60.0));
  }

  private static OptionalInt landingRateFpmOf(List<Position> track) {
    int lastAirborne = -1;
    for (int i = 0; i < track.size(); i++) {
      if (track.get(i).airborne()) {
        lastAirborne = i;
      }
    }
    if (lastAirborne < 0 || lastAirborne == track.size() - 1) {
      return OptionalInt.empty();
    }
    Position flying = track.get(lastAirborne);
    Position touchdown = track.get(lastAirborne + 1);
    if (Duration.between(flying.at(), touchdown.at()).compareTo(MAX_TOUCHDOWN_GAP) >= 0) {
      return OptionalInt.empty();
    }
    int rate = touchdown.verticalSpeedFpm() < 0 ? touchdown.verticalSpeedFpm() : flying.verticalSpeedFpm();
    return OptionalInt.of(rate);
  }

  private static Integer boxed(OptionalInt value) {
    return value.isPresent() ? value.getAsInt() : null;
  }
}
