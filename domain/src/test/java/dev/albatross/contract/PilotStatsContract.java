package dev.albatross.contract;

import static dev.albatross.contract.Async.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.albatross.domain.app.ProjectionRebuild;
import dev.albatross.domain.model.StreamTypes;
import dev.albatross.domain.model.pirep.FlightDetails;
import dev.albatross.domain.model.pirep.PirepEvent.PirepAccepted;
import dev.albatross.domain.model.pirep.PirepEvent.PirepSubmitted;
import dev.albatross.domain.model.pirep.PirepSource;
import dev.albatross.domain.port.RecordedEvent;
import dev.albatross.domain.readmodel.PilotTotals;
import dev.albatross.domain.readmodel.ReadModels;
import io.vertx.core.Future;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What every read-model adapter promises about pilot careers: whatever batches the events come
 * in, redelivered or not, each pilot's stats equal a recomputation from the events, and a rebuild
 * gives the same.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class PilotStatsContract {

  /** Called before each test: read models holding no row. */
  protected abstract ReadModels emptyReadModels();

  private ReadModels models;

  @BeforeEach
  void freshReadModels() {
    models = emptyReadModels();
  }

  /** Applies the events in feed order, in random batches, each batch delivered twice. */
  public static void applyInBatches(ReadModels models, List<RecordedEvent> events, Random random) {
    int i = 0;
    while (i < events.size()) {
      int size = 1 + random.nextInt(12);
      List<RecordedEvent> batch = events.subList(i, Math.min(events.size(), i + size));
      await(models.writer().applyNext(batch));
      await(models.writer().applyNext(batch));
      i += size;
    }
  }

  /** Every pilot's totals, the airlines' ranks and leaderboards equal what the script's events say. */
  public static void assertMatches(ReadModels models, CareerScript script) {
    for (UUID pilot : script.pilots()) {
      assertTotals(await(models.careers().totals(pilot)), script.expected(pilot), pilot);
    }
    for (UUID tenant : script.tenants()) {
      assertThat(await(models.careers().ranks(tenant))).as("ranks of %s", tenant).isEqualTo(script.ranks(tenant));
      assertThat(await(models.careers().leaderboard(tenant, Optional.empty(), 1000)))
          .isEqualTo(script.leaderboard(tenant, Optional.empty()));
      for (YearMonth month = YearMonth.from(CareerScript.T0.atOffset(java.time.ZoneOffset.UTC)),
          end = month.plusMonths(5); month.isBefore(end); month = month.plusMonths(1)) {
        assertThat(await(models.careers().leaderboard(tenant, Optional.of(month), 1000))).as("board of %s", month)
            .isEqualTo(script.leaderboard(tenant, Optional.of(month)));
      }
      List<UUID> all = script.leaderboard(tenant, Optional.empty());
      assertThat(await(models.careers().leaderboard(tenant, Optional.empty(), 2)))
          .isEqualTo(all.subList(0, Math.min(2, all.size())));
    }
  }

  private static void assertTotals(PilotTotals actual, CareerScript.Expected expected, UUID pilot) {
    assertThat(actual.flights()).as("flights of %s", pilot).isEqualTo(expected.flights());
    assertThat(actual.flightMinutes()).as("minutes of %s", pilot).isEqualTo(expected.minutes());
    assertThat(actual.distanceNm()).as("distance of %s", pilot).isEqualTo(expected.distance());
    assertThat(actual.averageLandingRateFpm()).as("landing rate of %s", pilot).isEqualTo(expected.averageLanding());
    assertThat(actual.lastFlightAt()).as("last flight of %s", pilot).isEqualTo(expected.lastFlightAt());
    Map<YearMonth, List<Long>> months = actual.byMonth().stream().collect(Collectors.toMap(
        PilotTotals.MonthTotals::month, m -> List.of(m.flights(), m.flightMinutes()), (a, b) -> a, TreeMap::new));
    assertThat(months).as("months of %s", pilot).isEqualTo(expected.byMonth());
    assertThat(actual.byMonth()).extracting(PilotTotals.MonthTotals::month).isSorted();
  }

  @Test
  @DisplayName("stats follow any interleaving of submits, accepts, rejects, amendments and ranks, exactly")
  void equalRecomputation() {
    for (long seed = 1; seed <= 3; seed++) {
      models = emptyReadModels();
      CareerScript script = CareerScript.random(seed, 2, 4, 60);
      applyInBatches(models, script.events(), new Random(seed));
      assertMatches(models, script);
    }
  }

  @Test
  @DisplayName("a rebuild from the event store gives the same stats")
  void rebuildGivesTheSame() {
    CareerScript script = CareerScript.random(42, 2, 3, 50);
    applyInBatches(models, script.events(), new Random(7));
    await(new ProjectionRebuild(script.store(), models.writer(), 9).run(count -> {}));
    assertMatches(models, script);
  }

  @Test
  @DisplayName("many accepts of one pilot's PIREPs applied at once, from several appliers, all count")
  void concurrentAccepts() {
    UUID tenant = UUID.randomUUID();
    UUID pilot = UUID.randomUUID();
    int count = 40;
    List<RecordedEvent> submits = new ArrayList<>();
    List<RecordedEvent> accepts = new ArrayList<>();
    Instant at = CareerScript.T0;
    for (int i = 0; i < count; i++) {
      UUID pirep = UUID.randomUUID();
      FlightDetails flight = new FlightDetails("ALB" + i, "EDDF", "LFPG", "A320", 10 + i, null, null, null, i, null,
          null, null);
      submits.add(TestEvents.recorded(pirep, StreamTypes.PIREP, 1, tenant, at,
          new PirepSubmitted(pirep, tenant, pilot, "Pilot", flight, PirepSource.API)));
      accepts.add(TestEvents.recorded(pirep, StreamTypes.PIREP, 2, tenant, at, new PirepAccepted(UUID.randomUUID())));
    }
    await(models.writer().applyNext(submits));
    List<Future<?>> appliers = new ArrayList<>();
    for (int i = 0; i < count; i += 4) {
      List<RecordedEvent> share = accepts.subList(i, i + 4);
      appliers.add(models.writer().applyNext(share));
      appliers.add(models.writer().applyNext(share));
    }
    appliers.forEach(Async::await);

    PilotTotals totals = await(models.careers().totals(pilot));
    assertThat(totals.flights()).isEqualTo(count);
    assertThat(totals.flightMinutes()).isEqualTo(count * 10L + (long) count * (count - 1) / 2);
    assertThat(totals.distanceNm()).isEqualTo((long) count * (count - 1) / 2);
    assertThat(totals.averageLandingRateFpm()).isNull();
  }

  @Test
  @DisplayName("a pilot without accepted flights has empty stats, and an airline without ranks none")
  void empty() {
    assertThat(await(models.careers().totals(UUID.randomUUID()))).isEqualTo(PilotTotals.NONE);
    assertThat(await(models.careers().ranks(UUID.randomUUID()))).isEmpty();
    assertThat(await(models.careers().leaderboard(UUID.randomUUID(), Optional.empty(), 10))).isEmpty();
  }
}
