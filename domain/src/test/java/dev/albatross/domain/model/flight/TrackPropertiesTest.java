package dev.albatross.domain.model.flight;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalInt;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

@Label("Tracks, for any track")
class TrackPropertiesTest {

  private static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");

  @Property
  @Label("a landing rate comes from a touchdown: an on-ground position straight after an airborne one")
  void landingRateFromATouchdown(@ForAll("tracks") List<Position> positions) {
    OptionalInt rate = Tracks.landingRateFpm(positions);
    if (rate.isEmpty()) {
      return;
    }
    List<Position> track = Tracks.inSeqOrder(positions);
    boolean fromTouchdown = false;
    for (int i = 1; i < track.size(); i++) {
      Position before = track.get(i - 1);
      Position touchdown = track.get(i);
      boolean isTouchdown = before.airborne() && !touchdown.airborne();
      boolean rateOfIt = rate.getAsInt() == touchdown.verticalSpeedFpm() || rate.getAsInt() == before.verticalSpeedFpm();
      fromTouchdown |= isTouchdown && rateOfIt;
    }
    assertThat(fromTouchdown).as("landing rate %s of %s", rate, track).isTrue();
  }

  @Property
  @Label("on-ground positions after a track that ends on the ground never change its landing rate")
  void reconnectOnTheGround(
      @ForAll("tracks") List<Position> positions,
      @ForAll @Size(min = 1, max = 5) List<@IntRange(min = -400, max = 400) Integer> parkedVerticalSpeeds,
      @ForAll @IntRange(min = 0, max = 3_600) int gapSeconds) {
    List<Position> track = Tracks.inSeqOrder(positions);
    Position last = track.get(track.size() - 1);
    if (last.airborne()) {
      return;
    }
    List<Position> reconnected = new ArrayList<>(positions);
    int seq = last.seq();
    Instant at = last.at().plusSeconds(gapSeconds);
    for (int vs : parkedVerticalSpeeds) {
      reconnected.add(new Position(++seq, at, last.lat(), last.lon(), last.altitudeFt(), 0, 0, vs, true));
      at = at.plusSeconds(1);
    }
    assertThat(Tracks.landingRateFpm(reconnected)).isEqualTo(Tracks.landingRateFpm(positions));
  }

  @Property
  @Label("the order positions arrive in and their repeats change nothing")
  void orderFree(@ForAll("tracks") List<Position> positions, @ForAll long shuffleSeed) {
    List<Position> shuffled = new ArrayList<>(positions);
    shuffled.addAll(positions.subList(0, positions.size() / 2));
    Collections.shuffle(shuffled, new Random(shuffleSeed));
    assertThat(Tracks.summarize(shuffled)).isEqualTo(Tracks.summarize(positions));
  }

  /** Tracks with unique, increasing seqs and times, every phase of a flight mixed at random. */
  @Provide
  Arbitrary<List<Position>> tracks() {
    Arbitrary<Boolean> onGround = Arbitraries.of(Boolean.TRUE, Boolean.FALSE, null);
    Arbitrary<int[]> steps = Combinators.combine(
            Arbitraries.integers().between(1, 900),
            Arbitraries.integers().between(0, 500),
            Arbitraries.integers().between(-3_000, 3_000))
        .as((gap, speed, vs) -> new int[] {gap, speed, vs});
    return Combinators.combine(steps.list().ofMinSize(1).ofMaxSize(60), onGround.list().ofSize(60))
        .as((moves, grounds) -> {
          List<Position> track = new ArrayList<>();
          Instant at = T0;
          for (int i = 0; i < moves.size(); i++) {
            int[] m = moves.get(i);
            at = at.plusSeconds(m[0]);
            track.add(new Position(i * 3, at, 51.0 + i * 0.01, -0.5, 5_000, 90, m[1], m[2], grounds.get(i)));
          }
          return track;
        });
  }
}
