package dev.albatross.domain.model.flight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.albatross.domain.model.airport.Airport;
import dev.albatross.domain.model.airport.GreatCircle;
import dev.albatross.domain.model.flight.RouteFlyer.Phase;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@DisplayName("Route flyer")
class RouteFlyerTest {

  static final Airport HEATHROW = new Airport("EGLL", "LHR", "London Heathrow Airport", "London", "United Kingdom",
      51.4706, -0.461941, 83);
  static final Airport KENNEDY = new Airport("KJFK", "JFK", "John F. Kennedy International Airport", "New York",
      "United States", 40.639447, -73.779317, 13);
  static final Airport SYDNEY = new Airport("YSSY", "SYD", "Sydney Kingsford Smith International Airport", "Sydney",
      "Australia", -33.946098, 151.177002, 21);
  static final Airport DENVER = new Airport("KDEN", "DEN", "Denver International Airport", "Denver",
      "United States", 39.861698, -104.672997, 5_434);
  static final Airport COLORADO_SPRINGS = new Airport("KCOS", "COS", "City of Colorado Springs Municipal Airport",
      "Colorado Springs", "United States", 38.805801, -104.700996, 6_187);
  static final Instant START = Instant.parse("2025-03-01T10:00:00Z");

  private static SimulatedRoute route(Airport from, Airport to, int cruiseFt, int cruiseKt, long seed) {
    return new SimulatedRoute(from, to, cruiseFt, cruiseKt, 140, seed, START);
  }

  /** The position and the phase the flyer was in when it made it. */
  record Step(Position position, Phase phase) {}

  private static List<Step> fly(RouteFlyer flyer) {
    List<Step> steps = new ArrayList<>();
    while (flyer.hasNext()) {
      Position p = flyer.next();
      steps.add(new Step(p, flyer.phase()));
    }
    return steps;
  }

  private static List<Position> positions(List<Step> steps) {
    return steps.stream().map(Step::position).toList();
  }

  @Nested
  @DisplayName("London Heathrow to New York JFK at FL350, 480 kt")
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  class Transatlantic {
    private RouteFlyer flyer;
    private List<Step> steps;
    private List<Position> track;

    @BeforeAll
    void fly() {
      flyer = new RouteFlyer(route(HEATHROW, KENNEDY, 35_000, 480, 42));
      steps = RouteFlyerTest.fly(flyer);
      track = positions(steps);
    }

    @Test
    @DisplayName("starts at Heathrow and parks at JFK, within a mile, standing still")
    void endsAtKennedy() {
      Position first = track.get(0);
      Position last = track.get(track.size() - 1);
      assertThat(GreatCircle.distanceNm(first.lat(), first.lon(), HEATHROW.lat(), HEATHROW.lon())).isLessThan(1);
      assertThat(GreatCircle.distanceNm(last.lat(), last.lon(), KENNEDY.lat(), KENNEDY.lon())).isLessThan(1);
      assertThat(last.groundSpeedKt()).isZero();
      assertThat(last.onGround()).isTrue();
      assertThat(last.altitudeFt()).isEqualTo(KENNEDY.elevationFt());
      assertThatThrownBy(flyer::next).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    @DisplayName("one position a second, seq counting from 0")
    void everySecond() {
      for (int i = 0; i < track.size(); i++) {
        assertThat(track.get(i).seq()).isEqualTo(i);
        assertThat(track.get(i).at()).isEqualTo(START.plusSeconds(i));
      }
    }

    @Test
    @DisplayName("goes through every phase, in order, each once")
    void phases() {
      List<Phase> seen = new ArrayList<>();
      for (Step s : steps) {
        if (seen.isEmpty() || seen.get(seen.size() - 1) != s.phase()) {
          seen.add(s.phase());
        }
      }
      assertThat(seen).containsExactly(Phase.values());
    }

    @Test
    @DisplayName("is airborne between the take-off and the touchdown only")
    void airborneOnlyInFlight() {
      int liftoff = -1;
      int touchdown = -1;
      for (int i = 1; i < track.size(); i++) {
        if (!track.get(i - 1).airborne() && track.get(i).airborne()) {
          assertThat(liftoff).as("one liftoff").isEqualTo(-1);
          liftoff = i;
        }
        if (track.get(i - 1).airborne() && !track.get(i).airborne()) {
          assertThat(touchdown).as("one touchdown").isEqualTo(-1);
          touchdown = i;
        }
      }
      assertThat(steps.get(liftoff - 1).phase()).isEqualTo(Phase.TAKEOFF);
      assertThat(steps.get(touchdown).phase()).isEqualTo(Phase.LANDING);
      for (Step s : steps) {
        boolean flying = EnumSet.of(Phase.CLIMB, Phase.CRUISE, Phase.DESCENT, Phase.APPROACH).contains(s.phase());
        if (flying) {
          assertThat(s.position().onGround()).as("in %s", s.phase()).isFalse();
        }
        if (EnumSet.of(Phase.TAXI_OUT, Phase.TAKEOFF, Phase.TAXI_IN).contains(s.phase())) {
          assertThat(s.position().onGround()).as("in %s", s.phase()).isTrue();
        }
      }
    }

    @Test
    @DisplayName("climbs to its cruise altitude and no higher, at realistic speeds")
    void climbsToCruise() {
      assertThat(track).extracting(Position::altitudeFt).contains(35_000).allMatch(a -> a <= 35_000);
      assertThat(track).extracting(Position::groundSpeedKt).contains(480).allMatch(s -> s <= 480);
      assertThat(track).allSatisfy(p -> assertThat(p.verticalSpeedFpm()).isBetween(-3_000, 2_500));
      long cruising = steps.stream().filter(s -> s.phase() == Phase.CRUISE).count();
      assertThat(cruising).as("seconds of cruise").isGreaterThan(5 * 3_600);
    }

    @Test
    @DisplayName("heads along the great circle: west-north-west out of London, south-west into New York")
    void headings() {
      Position airborne = track.stream().filter(Position::airborne).findFirst().orElseThrow();
      assertThat(airborne.headingDeg()).isCloseTo(288, within(1.0));
      Position last = track.get(track.size() - 1);
      assertThat(last.headingDeg()).isBetween(225.0, 270.0);
      assertThat(track).allSatisfy(p -> assertThat(p.headingDeg()).isBetween(0.0, 360.0));
    }

    @Test
    @DisplayName("touches down at the drawn rate, -60 to -400 fpm, which Tracks reads as the landing rate")
    void touchdown() {
      assertThat(flyer.touchdownRateFpm()).isBetween(-400, -60);
      Position touchdown = steps.stream().filter(s -> s.phase() == Phase.LANDING)
          .map(Step::position).filter(p -> !p.airborne()).findFirst().orElseThrow();
      assertThat(touchdown.verticalSpeedFpm()).isEqualTo(flyer.touchdownRateFpm());
      assertThat(Tracks.landingRateFpm(track)).hasValue(flyer.touchdownRateFpm());
    }

    @Test
    @DisplayName("Tracks finds the great circle's distance, within 2%, and the airborne time")
    void tracksAgree() {
      TrackSummary summary = Tracks.summarize(track);
      assertThat(summary.distanceNm()).isCloseTo(HEATHROW.distanceNmTo(KENNEDY), within(0.02 * 2_990));
      Instant liftoff = track.stream().filter(Position::airborne).findFirst().orElseThrow().at();
      Instant lastAirborne = track.stream().filter(Position::airborne).reduce((a, b) -> b).orElseThrow().at();
      assertThat(summary.flightTimeMinutes()).isEqualTo((int) Math.round(
          Duration.between(liftoff, lastAirborne).toSeconds() / 60.0));
      // 2,990 NM at 480 kt is a little over six hours in the air
      assertThat(summary.flightTimeMinutes()).isBetween(375, 420);
    }
  }

  @Test
  @DisplayName("the same route and seed fly the same positions; another seed lands differently")
  void deterministic() {
    var a = positions(fly(new RouteFlyer(route(DENVER, COLORADO_SPRINGS, 16_000, 300, 7))));
    var b = positions(fly(new RouteFlyer(route(DENVER, COLORADO_SPRINGS, 16_000, 300, 7))));
    assertThat(a).isEqualTo(b);
    var rates = new HashSet<Integer>();
    for (long seed = 0; seed < 20; seed++) {
      int rate = new RouteFlyer(route(DENVER, COLORADO_SPRINGS, 16_000, 300, seed)).touchdownRateFpm();
      assertThat(rate).isBetween(-400, -60);
      rates.add(rate);
    }
    assertThat(rates).hasSizeGreaterThan(10);
  }

  @Test
  @DisplayName("a short hop between high airports climbs only as high as the glide path allows and lands at the drawn rate")
  void shortHop() {
    var flyer = new RouteFlyer(route(DENVER, COLORADO_SPRINGS, 35_000, 300, 3));
    List<Position> track = positions(fly(flyer));
    int highest = track.stream().mapToInt(Position::altitudeFt).max().orElseThrow();
    assertThat(highest).isBetween(COLORADO_SPRINGS.elevationFt() + 5_000, 35_000 - 1);
    assertThat(Tracks.landingRateFpm(track)).hasValue(flyer.touchdownRateFpm());
    Position last = track.get(track.size() - 1);
    assertThat(GreatCircle.distanceNm(last.lat(), last.lon(), COLORADO_SPRINGS.lat(), COLORADO_SPRINGS.lon()))
        .isLessThan(1);
  }

  @Test
  @DisplayName("a flight of more than 12 hours, London to Sydney, is made position by position without keeping them")
  void longHaul() {
    var flyer = new RouteFlyer(route(HEATHROW, SYDNEY, 39_000, 490, 11));
    long count = 0;
    Position last = null;
    while (flyer.hasNext()) {
      last = flyer.next();
      count++;
    }
    assertThat(count).isGreaterThan(43_200);
    assertThat(GreatCircle.distanceNm(last.lat(), last.lon(), SYDNEY.lat(), SYDNEY.lon())).isLessThan(1);
  }

  @Test
  @DisplayName("a route too short or too long, too low or too slow is refused")
  void invalidRoutes() {
    var nearHeathrow = new Airport("EGLC", "LCY", "London City Airport", "London", "United Kingdom", 51.505299,
        0.055278, 19);
    assertThatThrownBy(() -> route(HEATHROW, nearHeathrow, 10_000, 300, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> route(DENVER, COLORADO_SPRINGS, 6_500, 300, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> route(HEATHROW, KENNEDY, 35_000, 130, 1)).isInstanceOf(IllegalArgumentException.class);
    var madrid = new Airport("LEMD", "MAD", "Adolfo Suarez Madrid-Barajas Airport", "Madrid", "Spain", 40.471926,
        -3.56264, 1_998);
    var wellington = new Airport("NZWN", "WLG", "Wellington International Airport", "Wellington", "New Zealand",
        -41.327202, 174.804993, 41);
    assertThatThrownBy(() -> route(madrid, wellington, 35_000, 480, 1)).as("nearly antipodal")
        .isInstanceOf(IllegalArgumentException.class);
  }
}
