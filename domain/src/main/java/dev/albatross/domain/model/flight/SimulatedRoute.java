package dev.albatross.domain.model.flight;

import dev.albatross.domain.model.airport.Airport;
import dev.albatross.domain.model.airport.GreatCircle;
import dev.albatross.domain.model.airport.GreatCircle.Point;
import java.time.Instant;

/**
 * A flight for {@link RouteFlyer} to fly: the great circle between two airports, a cruise
 * altitude and speeds, and a seed from which every choice left to chance is drawn, so the same
 * route and seed always give the same positions.
 */
public record SimulatedRoute(
    Airport departure,
    Airport arrival,
    int cruiseAltitudeFt,
    int cruiseSpeedKt,
    int approachSpeedKt,
    long seed,
    Instant start) {

  /** Room for taxiing out and the take-off roll before the route's first airborne mile. */
  static final double MIN_DISTANCE_NM = 30;

  /**
   * Longer than any airliner flies, and short of the antipodes, where every great circle through
   * both airports is as short as another and the route has no one course.
   */
  static final double MAX_DISTANCE_NM = 10_000;

  /** A 3-degree glide path, the usual approach and the 3-to-1 rule of thumb for descents. */
  static final double GLIDE_FT_PER_NM = 318;

  /** Where the glide path meets the runway, short of the arrival point: room to flare, roll out and taxi in. */
  static final double TOUCHDOWN_BEFORE_ARRIVAL_NM = 2.5;

  public SimulatedRoute {
    if (departure == null || arrival == null || start == null) {
      throw new IllegalArgumentException("A route needs two airports and a start time.");
    }
    double distance = departure.distanceNmTo(arrival);
    if (distance < MIN_DISTANCE_NM || distance > MAX_DISTANCE_NM) {
      throw new IllegalArgumentException(
          "A route is " + (int) MIN_DISTANCE_NM + " to " + (int) MAX_DISTANCE_NM + " NM long.");
    }
    int highest = Math.max(departure.elevationFt(), arrival.elevationFt());
    if (cruiseAltitudeFt < highest + 1_000 || cruiseAltitudeFt > 60_000) {
      throw new IllegalArgumentException("The cruise altitude is 1,000 ft above both airports and at most 60,000 ft.");
    }
    if (approachSpeedKt < 50 || cruiseSpeedKt <= approachSpeedKt || cruiseSpeedKt > 1_000) {
      throw new IllegalArgumentException("Speeds go from an approach of 50 kt or more to a cruise of at most 1,000 kt.");
    }
  }

  public double distanceNm() {
    return departure.distanceNmTo(arrival);
  }

  /** Where the aircraft is after {@code alongNm} of the great circle. */
  Point pointAt(double alongNm) {
    double fraction = Math.min(1, alongNm / distanceNm());
    return GreatCircle.intermediate(departure.lat(), departure.lon(), arrival.lat(), arrival.lon(), fraction);
  }

  /** The course along the great circle from {@code point} on it: the initial bearing to the arrival. */
  double courseFrom(Point point) {
    return GreatCircle.initialBearingDeg(point.lat(), point.lon(), arrival.lat(), arrival.lon());
  }

  double touchdownAlongNm() {
    return distanceNm() - TOUCHDOWN_BEFORE_ARRIVAL_NM;
  }

  /** The highest altitude that still reaches the runway on the glide path from {@code alongNm}. */
  double glidePathFt(double alongNm) {
    return arrival.elevationFt() + Math.max(0, touchdownAlongNm() - alongNm) * GLIDE_FT_PER_NM;
  }

  /** Seconds of taxi before the take-off: 4 to 8 minutes. */
  int taxiOutSeconds() {
    return 240 + (int) (240 * draw(1));
  }

  /**
   * The vertical speed at touchdown, -60 to -400 fpm; most landings are gentle, so the square of
   * an even draw puts them nearer -60 than -400.
   */
  int touchdownRateFpm() {
    double u = draw(2);
    return -(60 + (int) Math.round(340 * u * u));
  }

  /** An even draw in [0, 1) for the {@code n}th choice: one SplitMix64 step, no random-number generator to carry. */
  private double draw(int n) {
    long z = seed + (n + 1) * 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    z = z ^ (z >>> 31);
    return (z >>> 11) * 0x1.0p-53;
  }
}
