package dev.albatross.contract;

import static dev.albatross.contract.Async.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.albatross.adapter.memory.InMemoryEventStore;
import dev.albatross.adapter.memory.InMemoryReadModels;
import dev.albatross.domain.app.ProjectionRebuild;
import dev.albatross.domain.model.DomainEvent;
import dev.albatross.domain.model.StreamTypes;
import dev.albatross.domain.model.flight.FlightEvent.FlightCancelled;
import dev.albatross.domain.model.flight.FlightEvent.FlightFiled;
import dev.albatross.domain.model.flight.FlightEvent.FlightLost;
import dev.albatross.domain.model.flight.FlightEvent.FlightResumed;
import dev.albatross.domain.model.flight.FlightEvent.FlightStarted;
import dev.albatross.domain.model.flight.FlightEvent.PositionsRecorded;
import dev.albatross.domain.model.flight.FlightPlan;
import dev.albatross.domain.model.flight.FlightStatus;
import dev.albatross.domain.model.flight.Position;
import dev.albatross.domain.model.pirep.FlightDetails;
import dev.albatross.domain.port.EventMetadata;
import dev.albatross.domain.port.PendingEvent;
import dev.albatross.domain.port.RecordedEvent;
import dev.albatross.domain.port.StreamWrite;
import dev.albatross.domain.readmodel.Applied;
import dev.albatross.domain.readmodel.FlightQueries;
import dev.albatross.domain.readmodel.FlightQueries.FlightFilter;
import dev.albatross.domain.readmodel.FlightView;
import dev.albatross.domain.readmodel.Page;
import dev.albatross.domain.readmodel.PageRequest;
import dev.albatross.domain.readmodel.ReadModelWriter;
import dev.albatross.domain.readmodel.ReadModelsWithFlights;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** What every flights read model promises: the rows the flight events make, listed by airline and status. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class FlightReadModelContract {
  private static final Instant T0 = Instant.parse("2026-12-01T10:00:00.125Z");
  private static final FlightPlan PLAN = new FlightPlan("ALB1", "EGLL", "KJFK", "B77W", null, "TestACARS");
  private static final Position NEWEST = new Position(41, T0.plusSeconds(41), 51.5, -1.25, 12_000, 271.5, 320, 1_500,
      null);

  /** An empty read model, as its queries and its writer. */
  protected abstract <M extends FlightQueries & ReadModelWriter> M emptyFlights();

  private FlightQueries queries;
  private ReadModelWriter writer;
  private UUID tenant;

  @BeforeEach
  void empty() {
    var model = emptyFlights();
    queries = model;
    writer = model;
    tenant = UUID.randomUUID();
  }

  /** Events of one flight as the store records them. */
  private List<RecordedEvent> history(UUID flight, Instant startedAt, DomainEvent... events) {
    List<RecordedEvent> history = new ArrayList<>();
    for (int i = 0; i < events.length; i++) {
      history.add(TestEvents.recorded(flight, StreamTypes.FLIGHT, i + 1, tenant, startedAt.plusSeconds(i), events[i]));
    }
    return history;
  }

  private FlightStarted started(UUID flight, Instant at) {
    return new FlightStarted(flight, tenant, UUID.randomUUID(), "Pat Pilot", PLAN, at);
  }

  @Test
  @DisplayName("a started flight is in progress, without a position; positions move it; lost and resumed change its status")
  void lifecycle() {
    UUID id = UUID.randomUUID();
    List<RecordedEvent> events = history(id, T0, started(id, T0),
        new PositionsRecorded(NEWEST, 42, 3, 123.5, T0.plusSeconds(42)),
        new FlightLost(T0.plusSeconds(2_000)), new FlightResumed(T0.plusSeconds(2_100)));

    List<Applied> applied = await(writer.applyNext(events.subList(0, 1)));
    FlightView fresh = await(queries.flight(id)).orElseThrow();
    assertThat(applied).hasSize(1);
    assertThat(fresh.status()).isEqualTo(FlightStatus.IN_PROGRESS);
    assertThat(fresh.lastPosition()).isNull();
    assertThat(fresh.plan()).isEqualTo(PLAN);

    await(writer.applyNext(events.subList(1, 3)));
    FlightView lost = await(queries.flight(id)).orElseThrow();
    assertThat(lost.status()).isEqualTo(FlightStatus.LOST);
    assertThat(lost.lastPosition()).isEqualTo(NEWEST);
    assertThat(lost.distanceFlownNm()).isEqualTo(123.5);
    assertThat(lost.lastSeenAt()).isEqualTo(T0.plusSeconds(42));

    await(writer.applyNext(events.subList(3, 4)));
    assertThat(await(queries.flight(id)).orElseThrow().status()).isEqualTo(FlightStatus.IN_PROGRESS);
    assertThat(await(writer.streamVersion(id, StreamTypes.FLIGHT))).isEqualTo(4L);
  }

  @Test
  @DisplayName("a redelivered or early event changes nothing")
  void onlyNextVersions() {
    UUID id = UUID.randomUUID();
    List<RecordedEvent> events = history(id, T0, started(id, T0),
        new PositionsRecorded(NEWEST, 42, 0, 10, T0.plusSeconds(42)), new FlightCancelled(UUID.randomUUID(), T0));

    await(writer.applyNext(events.subList(0, 2)));
    assertThat(await(writer.applyNext(List.of(events.get(1), events.get(0))))).isEmpty();
    assertThat(await(writer.applyNext(List.of(history(id, T0, started(id, T0), started(id, T0), started(id, T0),
        started(id, T0)).get(3))))).isEmpty();

    assertThat(await(queries.flight(id)).orElseThrow().version()).isEqualTo(2);
    await(writer.applyNext(events.subList(2, 3)));
    assertThat(await(queries.flight(id)).orElseThrow().status()).isEqualTo(FlightStatus.CANCELLED);
  }

  @Test
  @DisplayName("a filed flight names its PIREP")
  void filed() {
    UUID id = UUID.randomUUID();
    UUID pirep = UUID.randomUUID();
    FlightDetails details = new FlightDetails("ALB1", "EGLL", "KJFK", "B77W", 420, null, null, null, 3_000, -120,
        null, null);
    await(writer.applyNext(history(id, T0, started(id, T0), new FlightFiled(pirep, details, T0.plusSeconds(60)))));

    FlightView filed = await(queries.flight(id)).orElseThrow();
    assertThat(filed.status()).isEqualTo(FlightStatus.FILED);
    assertThat(filed.pirepId()).isEqualTo(pirep);
  }

  @Test
  @DisplayName("lists one airline's flights in one status, newest started first, page by page; all airlines when asked")
  void lists() {
    List<UUID> inProgress = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      UUID id = UUID.randomUUID();
      Instant at = T0.plusSeconds(i * 60L);
      List<RecordedEvent> events = i == 2
          ? history(id, at, started(id, at), new FlightCancelled(UUID.randomUUID(), at))
          : history(id, at, started(id, at));
      await(writer.applyNext(events));
      if (i != 2) {
        inProgress.add(0, id);
      }
    }
    UUID elsewhere = UUID.randomUUID();
    tenant = UUID.randomUUID();
    await(writer.applyNext(history(elsewhere, T0, started(elsewhere, T0))));
    UUID own = ownTenant(inProgress.get(0));

    Page<FlightView> first = await(queries.flights(filter(own, FlightStatus.IN_PROGRESS), PageRequest.first(3)));
    Page<FlightView> second = await(queries.flights(filter(own, FlightStatus.IN_PROGRESS), new PageRequest(3,
        Optional.of(dev.albatross.domain.readmodel.Cursor.decode(first.nextCursor())))));

    assertThat(first.items()).extracting(FlightView::id).containsExactlyElementsOf(inProgress.subList(0, 3));
    assertThat(second.items()).extracting(FlightView::id).containsExactlyElementsOf(inProgress.subList(3, 4));
    assertThat(second.nextCursor()).isNull();
    assertThat(await(queries.flights(filter(own, FlightStatus.CANCELLED), PageRequest.first(10))).items()).hasSize(1);
    assertThat(await(queries.flights(new FlightFilter(Optional.empty(), FlightStatus.IN_PROGRESS),
        PageRequest.first(200))).items()).extracting(FlightView::id).contains(elsewhere, inProgress.get(0));
  }

  private UUID ownTenant(UUID flight) {
    return await(queries.flight(flight)).orElseThrow().tenantId();
  }

  private static FlightFilter filter(UUID tenant, FlightStatus status) {
    return new FlightFilter(Optional.of(tenant), status);
  }

  @Test
  @DisplayName("a rebuild with the other read models replays the flights from the event store into the emptied model")
  void rebuild() {
    UUID id = UUID.randomUUID();
    FlightStarted start = started(id, T0);
    InMemoryEventStore store = new InMemoryEventStore();
    await(store.append(List.of(new StreamWrite(id, StreamTypes.FLIGHT, tenant, 0, List.of(
        new PendingEvent(UUID.randomUUID(), start),
        new PendingEvent(UUID.randomUUID(), new PositionsRecorded(NEWEST, 42, 0, 99, T0.plusSeconds(42)))))),
        new EventMetadata(UUID.randomUUID(), T0, UUID.randomUUID(), UUID.randomUUID())));
    UUID stale = UUID.randomUUID();
    await(writer.applyNext(history(stale, T0, started(stale, T0))));

    long replayed = await(new ProjectionRebuild(store, new ReadModelsWithFlights(new InMemoryReadModels(), writer))
        .run(count -> { }));

    assertThat(replayed).isEqualTo(2);
    assertThat(await(queries.flight(stale))).isEmpty();
    FlightView rebuilt = await(queries.flight(id)).orElseThrow();
    assertThat(rebuilt.lastPosition()).isEqualTo(NEWEST);
    assertThat(rebuilt.version()).isEqualTo(2);
  }
}
