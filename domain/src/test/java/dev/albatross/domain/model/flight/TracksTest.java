package dev.albatross.domain.model.flight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.albatross.domain.model.airport.GreatCircle;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("Tracks")
class TracksTest {

  private static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");

  /** A position {@code seconds} after T0 at a fixed place: only time, vertical speed and onGround matter here. */
  private static Position at(int seq, long seconds, int verticalSpeedFpm, Boolean onGround) {
    return new Position(seq, T0.plusSeconds(seconds), 51.0, 0.0, 1_000, 90, 150, verticalSpeedFpm, onGround);
  }

  private static Position ground(int seq, long seconds, int vs) {
    return at(seq, seconds, vs, true);
  }

  private static Position air(int seq, long seconds, int vs) {
    return at(seq, seconds, vs, false);
  }

  /** Taxi, a 90-minute flight touching down at -180 fpm at 5,400 s, taxi in. */
  private static List<Position> landing() {
    return List.of(
        ground(0, 0, 0), ground(1, 60, 0), air(2, 120, 2_000), air(3, 3_000, 0), air(4, 5_310, -700),
        air(5, 5_399, -250), ground(6, 5_400, -180), ground(7, 5_430, 0), ground(8, 5_700, 0));
  }

  @Nested
  @DisplayName("distance")
  class Distance {

    @Test
    @DisplayName("London Heathrow to New York JFK along the great circle is about 2,990 NM")
    void transatlantic() {
      List<Position> track = new ArrayList<>();
      for (int i = 0; i <= 1_000; i++) {
        var p = GreatCircle.intermediate(51.4706, -0.461941, 40.639447, -73.779317, i / 1_000.0);
        track.add(new Position(i, T0.plusSeconds(i), p.lat(), p.lon(), 35_000, 270, 480, 0, false));
      }
      assertThat(Tracks.distanceNm(track)).isCloseTo(2_990, within(29.9));
    }

    @Test
    @DisplayName("legs are summed: a dog-leg is longer than the straight line")
    void legs() {
      var a = new Position(0, T0, 0, 0, 0, 0, 0, 0, true);
      var b = new Position(1, T0, 1, 0, 0, 0, 0, 0, true);
      var c = new Position(2, T0, 1, 1, 0, 0, 0, 0, true);
      assertThat(Tracks.distanceNm(List.of(a, b, c))).isCloseTo(60.04 + 60.03, within(0.05));
    }

    @Test
    @DisplayName("no position or one is no distance")
    void nothing() {
      assertThat(Tracks.distanceNm(List.of())).isZero();
      assertThat(Tracks.distanceNm(List.of(ground(0, 0, 0)))).isZero();
    }
  }

  @Nested
  @DisplayName("flight time")
  class FlightTime {

    @Test
    @DisplayName("runs from the first to the last airborne position, in whole minutes")
    void firstToLastAirborne() {
      // airborne from 120 s to 5,399 s: 87.98 minutes
      assertThat(Tracks.flightTimeMinutes(landing())).isEqualTo(OptionalInt.of(88));
    }

    @Test
    @DisplayName("a flight that never left the ground has none")
    void neverFlew() {
      assertThat(Tracks.flightTimeMinutes(List.of(ground(0, 0, 0), ground(1, 600, 0)))).isEmpty();
    }
  }

  @Nested
  @DisplayName("landing rate")
  class LandingRate {

    @Test
    @DisplayName("is the vertical speed at the first on-ground position after the last airborne one")
    void touchdown() {
      assertThat(Tracks.landingRateFpm(landing())).isEqualTo(OptionalInt.of(-180));
    }

    @Test
    @DisplayName("ignores a reconnect on the ground after a gap: still the touchdown's -180, not the parked -2 or 0")
    void reconnectOnTheGround() {
      var track = new ArrayList<>(landing());
      track.add(ground(9, 5_700 + 600, -2));
      track.add(ground(10, 5_700 + 601, 0));
      assertThat(Tracks.landingRateFpm(track)).isEqualTo(OptionalInt.of(-180));
    }

    @Test
    @DisplayName("a flight that only reconnected on the ground has no landing")
    void onlyOnTheGround() {
      assertThat(Tracks.landingRateFpm(List.of(ground(0, 0, -2), ground(1, 1, 0), ground(2, 2, -15)))).isEmpty();
    }

    @Test
    @DisplayName("an on-ground position long after the last airborne one is no touchdown: the landing was not received")
    void landingNeverReceived() {
      var track = List.of(air(0, 0, 0), air(1, 60, -700), ground(2, 60 + 600, -2));
      assertThat(Tracks.landingRateFpm(track)).isEmpty();
    }

    @Test
    @DisplayName("a touchdown sampled after the wheels settled takes the last airborne vertical speed")
    void settled() {
      var track = List.of(air(0, 0, -700), air(1, 1, -240), ground(2, 2, 0), ground(3, 3, 0));
      assertThat(Tracks.landingRateFpm(track)).isEqualTo(OptionalInt.of(-240));
    }

    @Test
    @DisplayName("after a touch-and-go, the final landing counts")
    void touchAndGo() {
      var track = List.of(air(0, 0, -500), ground(1, 1, -320), air(2, 20, 800), air(3, 400, -600),
          ground(4, 401, -110), ground(5, 420, 0));
      assertThat(Tracks.landingRateFpm(track)).isEqualTo(OptionalInt.of(-110));
    }

    @Test
    @DisplayName("without onGround, the touchdown is where the speeds stop looking airborne")
    void inferred() {
      var track = List.of(
          new Position(0, T0, 51.0, 0.0, 400, 90, 140, -700, null),
          new Position(1, T0.plusSeconds(20), 51.0, 0.0, 60, 90, 138, -650, null),
          new Position(2, T0.plusSeconds(25), 51.0, 0.0, 10, 90, 130, -140, null),
          new Position(3, T0.plusSeconds(40), 51.0, 0.0, 10, 90, 60, 0, null),
          new Position(4, T0.plusSeconds(900), 51.0, 0.0, 10, 90, 0, -3, null));
      assertThat(Tracks.landingRateFpm(track)).isEqualTo(OptionalInt.of(-140));
      assertThat(Tracks.flightTimeMinutes(track)).isEqualTo(OptionalInt.of(0));
    }

    @Test
    @DisplayName("still airborne at the last position: no landing yet")
    void stillFlying() {
      assertThat(Tracks.landingRateFpm(List.of(ground(0, 0, 0), air(1, 60, 1_500)))).isEmpty();
    }
  }

  @Nested
  @DisplayName("order and duplicates")
  class Order {

    @Test
    @DisplayName("out-of-order positions are read in seq order")
    void outOfOrder() {
      var shuffled = new ArrayList<>(landing());
      Collections.reverse(shuffled);
      Collections.swap(shuffled, 2, 5);
      assertThat(Tracks.summarize(shuffled)).isEqualTo(Tracks.summarize(landing()));
      assertThat(Tracks.landingRateFpm(shuffled)).isEqualTo(OptionalInt.of(-180));
    }

    @Test
    @DisplayName("a repeated seq is read once, the first received kept")
    void duplicates() {
      var track = new ArrayList<>(landing());
      track.add(ground(6, 5_400, -900));
      track.add(air(7, 5_430, 1_000));
      assertThat(Tracks.inSeqOrder(track)).isEqualTo(landing());
      assertThat(Tracks.summarize(track)).isEqualTo(new TrackSummary(0, 88, -180));
    }
  }
}
