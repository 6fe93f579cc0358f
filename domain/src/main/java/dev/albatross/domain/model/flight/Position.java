package dev.albatross.domain.model.flight;

import dev.albatross.domain.error.FieldError;
import dev.albatross.domain.error.ValidationFailed;
import java.time.Instant;
import java.util.List;

/**
 * One ACARS report: {@code seq} is the client's own counter, increasing over the flight, and is
 * what makes a repeated position a duplicate. {@code onGround} is null when the client does not
 * know it. A position is valid by construction: a bad field fails with {@link ValidationFailed}
 * naming it.
 */
public record Position(
    int seq,
    Instant at,
    double lat,
    double lon,
    int altitudeFt,
    double headingDeg,
    int groundSpeedKt,
    int verticalSpeedFpm,
    Boolean onGround) {

  /**
   * Below this a moving aircraft is taxiing; above it, with neither a climb nor a descent under
   * way nor a cruise speed, it may still be rolling on the runway.
   */
  static final int TAXI_LIMIT_KT = 40;

  static final int CLIMB_OR_DESCENT_FPM = 200;

  /** No runway roll reaches this, while every airliner and most light aircraft cruise above it. */
  static final int CRUISE_FLOOR_KT = 180;

  public Position {
    List<FieldError> errors = PositionRules.check(
        "", (long) seq, at, lat, lon, (double) altitudeFt, headingDeg, (double) groundSpeedKt,
        (double) verticalSpeedFpm);
    if (!errors.isEmpty()) {
      throw new ValidationFailed(errors);
    }
  }

  /**
   * Whether the aircraft is flying. The client's {@code onGround} decides when it sends one.
   * Without it, and without the terrain's elevation to turn altitude into height, a position is
   * airborne when it moves faster than a taxi and either climbs or descends (at least 200 fpm
   * either way) or goes at a cruise speed (180 kt or more). A slow aircraft in level flight is then
   * taken as on the ground: clients that know better send {@code onGround}.
   */
  public boolean airborne() {
    if (onGround != null) {
      return !onGround;
    }
    return groundSpeedKt > TAXI_LIMIT_KT
        && (Math.abs(verticalSpeedFpm) >= CLIMB_OR_DESCENT_FPM || groundSpeedKt >= CRUISE_FLOOR_KT);
  }
}
