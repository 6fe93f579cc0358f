package dev.albatross.domain.model.flight;

import dev.albatross.domain.model.airport.GreatCircle.Point;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Flies a {@link SimulatedRoute} one second at a time, from the departure gate to the arrival
 * one, as positions made on demand: a 12-hour flight is 43,200 positions and none is kept. The
 * aircraft moves along the great circle in every phase, taxiing included, so the track's legs add
 * up to the route's length. How fast the positions are sent is the caller's business.
 */
public final class RouteFlyer implements Iterator<Position> {

  public enum Phase { TAXI_OUT, TAKEOFF, CLIMB, CRUISE, DESCENT, APPROACH, LANDING, TAXI_IN }

  static final double TAXI_KT = 15;
  static final double TAKEOFF_ACCELERATION_KT_S = 3;
  static final double ACCELERATION_KT_S = 1.5;
  static final double DECELERATION_KT_S = 2;
  static final double BRAKING_KT_S = 4;
  static final double CLIMB_LOW_FPM = 2_500;
  static final double CLIMB_HIGH_FPM = 1_500;
  static final double MAX_DESCENT_FPM = 3_000;
  /** Below 10,000 ft above the airport the speed limit is 250 kt. */
  static final double LOW_LEVEL_FT = 10_000;
  /** Descending, slowing to 250 kt begins this much higher, to be slow enough by 10,000 ft. */
  static final double SLOWING_MARGIN_FT = 4_000;
  static final double LOW_LEVEL_KT = 250;
  /** Slowing to the approach speed begins this far from the touchdown. */
  static final double APPROACH_NM = 12;
  /** The flare begins this high above the runway. */
  static final double FLARE_FT = 30;
  /** Each second of the flare closes this share of the gap between the sink rate and the touchdown rate. */
  static final double FLARE_EASING = 0.5;

  private final SimulatedRoute route;
  private final int taxiOutSeconds;
  private final int touchdownRateFpm;
  private final double rotateKt;

  private int seq;
  private Phase phase = Phase.TAXI_OUT;
  private Phase emittedPhase;
  private double alongNm;
  private double altitudeFt;
  private double groundSpeedKt;
  private double verticalSpeedFpm;
  private double headingDeg;
  private boolean parked;

  public RouteFlyer(SimulatedRoute route) {
    this.route = route;
    this.taxiOutSeconds = route.taxiOutSeconds();
    this.touchdownRateFpm = route.touchdownRateFpm();
    this.rotateKt = route.approachSpeedKt() + 10;
    this.altitudeFt = route.departure().elevationFt();
    this.headingDeg = route.courseFrom(route.pointAt(0));
  }

  /** The vertical speed of the touchdown position, drawn from the route's seed. */
  public int touchdownRateFpm() {
    return touchdownRateFpm;
  }

  /** The phase of the position last returned by {@link #next()}. */
  public Phase phase() {
    return emittedPhase;
  }

  @Override
  public boolean hasNext() {
    return !parked;
  }

  @Override
  public Position next() {
    if (parked) {
      throw new NoSuchElementException("The flight is parked at its arrival.");
    }
    Position position = position();
    emittedPhase = phase;
    parked = phase == Phase.TAXI_IN && alongNm >= route.distanceNm();
    advance();
    return position;
  }

  private Position position() {
    Point point = route.pointAt(alongNm);
    boolean onGround = switch (phase) {
      case TAXI_OUT, TAKEOFF, TAXI_IN -> true;
      case LANDING -> altitudeFt <= route.arrival().elevationFt();
      default -> false;
    };
    return new Position(seq, route.start().plusSeconds(seq), point.lat(), point.lon(), (int) Math.round(altitudeFt),
        headingDeg, (int) Math.round(groundSpeedKt), (int) Math.round(verticalSpeedFpm), onGround);
  }

  /** One second later. */
  private void advance() {
    seq++;
    switch (phase) {
      case TAXI_OUT -> taxiOut();
      case TAKEOFF -> takeoff();
      case CLIMB -> climb();
      case CRUISE -> cruise();
      case DESCENT, APPROACH -> descend();
      case LANDING -> land();
      case TAXI_IN -> taxiIn();
    }
    alongNm = Math.min(route.distanceNm(), alongNm + groundSpeedKt / 3_600);
    if (route.distanceNm() - alongNm > 0.01) {
      // at the arrival itself the course to it is undefined: keep the last one
      headingDeg = route.courseFrom(route.pointAt(alongNm));
    }
  }

  private void taxiOut() {
    groundSpeedKt = TAXI_KT;
    if (seq >= taxiOutSeconds) {
      phase = Phase.TAKEOFF;
    }
  }

  private void takeoff() {
    groundSpeedKt += TAKEOFF_ACCELERATION_KT_S;
    if (groundSpeedKt >= rotateKt) {
      phase = Phase.CLIMB;
      climb();
    }
  }

  private void climb() {
    boolean low = altitudeFt - route.departure().elevationFt() < LOW_LEVEL_FT;
    towardsSpeed(low ? Math.min(LOW_LEVEL_KT, route.cruiseSpeedKt()) : route.cruiseSpeedKt());
    double rate = low ? CLIMB_LOW_FPM : CLIMB_HIGH_FPM;
    double next = Math.min(route.cruiseAltitudeFt(), altitudeFt + rate / 60);
    verticalSpeedFpm = (next - altitudeFt) * 60;
    altitudeFt = next;
    if (altitudeFt >= route.cruiseAltitudeFt()) {
      phase = Phase.CRUISE;
    }
    topOfDescent();
  }

  private void cruise() {
    towardsSpeed(route.cruiseSpeedKt());
    verticalSpeedFpm = 0;
    topOfDescent();
  }

  /** The descent begins where the glide path to the runway meets the aircraft's altitude. */
  private void topOfDescent() {
    if (route.glidePathFt(alongNm) <= altitudeFt) {
      phase = Phase.DESCENT;
    }
  }

  /** Down the glide path, never steeper than the maximum descent rate, slowing through the limits. */
  private void descend() {
    double toTouchdown = route.touchdownAlongNm() - alongNm;
    if (toTouchdown <= APPROACH_NM) {
      phase = Phase.APPROACH;
    }
    boolean low = altitudeFt - route.arrival().elevationFt() < LOW_LEVEL_FT + SLOWING_MARGIN_FT;
    double target = phase == Phase.APPROACH ? route.approachSpeedKt()
        : low ? Math.min(LOW_LEVEL_KT, route.cruiseSpeedKt()) : route.cruiseSpeedKt();
    towardsSpeed(target);
    double nextAlong = alongNm + groundSpeedKt / 3_600;
    double next = Math.max(route.glidePathFt(nextAlong), altitudeFt - MAX_DESCENT_FPM / 60);
    verticalSpeedFpm = (next - altitudeFt) * 60;
    altitudeFt = next;
    if (altitudeFt - route.arrival().elevationFt() <= FLARE_FT) {
      phase = Phase.LANDING;
    }
  }

  /**
   * The flare eases the sink rate towards the touchdown rate until the wheels meet the runway,
   * where the vertical speed is exactly the touchdown rate; then the roll-out brakes to taxi speed.
   */
  private void land() {
    double runway = route.arrival().elevationFt();
    if (altitudeFt > runway) {
      verticalSpeedFpm += (touchdownRateFpm - verticalSpeedFpm) * FLARE_EASING;
      altitudeFt += verticalSpeedFpm / 60;
      if (altitudeFt <= runway) {
        altitudeFt = runway;
        verticalSpeedFpm = touchdownRateFpm;
      }
      return;
    }
    verticalSpeedFpm = 0;
    groundSpeedKt = Math.max(TAXI_KT, groundSpeedKt - BRAKING_KT_S);
    if (groundSpeedKt <= TAXI_KT) {
      phase = Phase.TAXI_IN;
    }
  }

  /** At the arrival point the aircraft stops: the last position, at the gate. */
  private void taxiIn() {
    groundSpeedKt = alongNm + TAXI_KT / 3_600 >= route.distanceNm() ? 0 : TAXI_KT;
    if (groundSpeedKt == 0) {
      alongNm = route.distanceNm();
    }
  }

  private void towardsSpeed(double target) {
    if (groundSpeedKt < target) {
      groundSpeedKt = Math.min(target, groundSpeedKt + ACCELERATION_KT_S);
    } else {
      groundSpeedKt = Math.max(target, groundSpeedKt - DECELERATION_KT_S);
    }
  }
}
