package dev.albatross.contract;

import static dev.albatross.contract.Async.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.albatross.domain.model.airport.GreatCircle;
import dev.albatross.domain.model.flight.Position;
import dev.albatross.domain.model.flight.PositionBatchSummary;
import dev.albatross.domain.port.PositionStore;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** What every {@link PositionStore} promises. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class PositionStoreContract {
  protected static final Instant T0 = Instant.parse("2026-12-01T10:00:00.123Z");

  protected abstract PositionStore positionStore();

  protected PositionStore store;
  protected UUID flight;

  @BeforeEach
  void freshFlight() {
    store = positionStore();
    flight = UUID.randomUUID();
  }

  /** Position {@code seq}, a second apart, flying east along the equator a tenth of a degree each. */
  protected static Position at(int seq) {
    return new Position(seq, T0.plusSeconds(seq), 0, seq / 10.0 % 180, 35_000, 90, 450, 0, seq % 2 == 0 ? null : false);
  }

  protected static List<Position> range(int from, int to) {
    return IntStream.range(from, to).mapToObj(PositionStoreContract::at).toList();
  }

  @Test
  @DisplayName("a flight without positions has an empty track")
  void emptyTrack() {
    assertThat(await(store.track(flight))).isEmpty();
  }

  @Test
  @DisplayName("keeps a batch and answers the track in seq order, every field as sent")
  void keepsBatch() {
    PositionBatchSummary summary = await(store.record(flight, List.of(at(2), at(0), at(1))));

    assertThat(summary.accepted()).isEqualTo(3);
    assertThat(summary.duplicates()).isZero();
    assertThat(summary.newest()).isEqualTo(at(2));
    assertThat(await(store.track(flight))).containsExactly(at(0), at(1), at(2));
  }

  @Test
  @DisplayName("a seq already kept is a duplicate: counted, ignored, the first copy stays")
  void duplicates() {
    await(store.record(flight, range(0, 5)));
    Position changed = new Position(3, T0, 10, 10, 1_000, 0, 100, 0, true);

    PositionBatchSummary summary = await(store.record(flight, List.of(at(4), changed, at(5), at(5))));

    assertThat(summary.accepted()).isEqualTo(1);
    assertThat(summary.duplicates()).isEqualTo(3);
    assertThat(await(store.track(flight))).containsExactlyElementsOf(range(0, 6));
  }

  @Test
  @DisplayName("batches arriving out of order make the same track; the newest is the highest seq")
  void outOfOrder() {
    await(store.record(flight, range(10, 20)));
    PositionBatchSummary late = await(store.record(flight, range(0, 10)));

    assertThat(late.accepted()).isEqualTo(10);
    assertThat(late.newest()).isEqualTo(at(19));
    assertThat(await(store.track(flight))).containsExactlyElementsOf(range(0, 20));
  }

  @Test
  @DisplayName("the distance is the sum of the great-circle legs over everything kept, in seq order")
  void distance() {
    await(store.record(flight, List.of(at(20))));
    PositionBatchSummary summary = await(store.record(flight, List.of(at(0), at(10))));

    double expected = GreatCircle.distanceNm(0, 0, 0, 2.0);
    assertThat(summary.distanceFlownNm()).isCloseTo(expected, within(0.01));
    PositionBatchSummary extended = await(store.record(flight, List.of(at(25), at(30))));
    assertThat(extended.distanceFlownNm()).isCloseTo(GreatCircle.distanceNm(0, 0, 0, 3.0), within(0.01));
  }

  @Test
  @DisplayName("keeps flights apart")
  void flightsApart() {
    UUID other = UUID.randomUUID();
    await(store.record(flight, range(0, 3)));

    PositionBatchSummary summary = await(store.record(other, range(0, 2)));

    assertThat(summary.accepted()).isEqualTo(2);
    assertThat(await(store.track(other))).containsExactlyElementsOf(range(0, 2));
    assertThat(await(store.track(flight))).hasSize(3);
  }

  @Test
  @DisplayName("a 12-hour flight at one position a second (43,200) is kept and its track answered in well under 0.5 s")
  void twelveHours() {
    int total = 43_200;
    for (int from = 0; from < total; from += 500) {
      await(store.record(flight, range(from, Math.min(total, from + 500))));
    }
    await(store.track(flight));

    long started = System.nanoTime();
    List<Position> track = await(store.track(flight));
    Duration took = Duration.ofNanos(System.nanoTime() - started);

    assertThat(track).hasSize(total);
    assertThat(track.get(total - 1)).isEqualTo(at(total - 1));
    assertThat(took).isLessThan(Duration.ofMillis(500));
  }
}
