package dev.albatross.domain.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.albatross.adapter.memory.InMemoryEventStore;
import dev.albatross.adapter.memory.InMemoryReadModels;
import dev.albatross.domain.model.StreamTypes;
import dev.albatross.domain.model.pirep.FlightDetails;
import dev.albatross.domain.model.pirep.PirepEvent.PirepAccepted;
import dev.albatross.domain.model.pirep.PirepEvent.PirepRejected;
import dev.albatross.domain.model.pirep.PirepEvent.PirepSubmitted;
import dev.albatross.domain.model.pirep.PirepSource;
import dev.albatross.domain.model.pirep.PirepStatus;
import dev.albatross.domain.model.DomainEvent;
import dev.albatross.domain.port.EventMetadata;
import dev.albatross.domain.port.PendingEvent;
import dev.albatross.domain.port.RecordedEvent;
import dev.albatross.domain.port.StreamWrite;
import dev.albatross.domain.readmodel.Applied;
import dev.albatross.domain.readmodel.PirepView;
import io.vertx.core.Future;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Projections apply each event once, in stream order")
class ProjectionServiceTest {
  private final InMemoryEventStore store = new InMemoryEventStore();
  private final InMemoryReadModels readModels = new InMemoryReadModels();
  private final List<String> heard = new ArrayList<>();
  private final ProjectionService projections = new ProjectionService(store, readModels,
      List.of(changes -> {
        changes.forEach(change -> heard.add(change.event().eventType() + "@" + change.event().version()));
        return Future.succeededFuture();
      }));
  private final UUID pirepId = UUID.randomUUID();
  private final UUID tenantId = UUID.randomUUID();

  @Test
  @DisplayName("a redelivered event changes nothing and is announced once")
  void redelivery() throws Exception {
    List<RecordedEvent> events = record(submitted(), new PirepAccepted(UUID.randomUUID()));
    for (RecordedEvent e : List.of(events.get(0), events.get(0), events.get(1), events.get(0), events.get(1))) {
      await(projections.handle(List.of(e)));
    }
    assertThat(heard).containsExactly("PirepSubmitted@1", "PirepAccepted@2");
    assertThat(status()).isEqualTo(PirepStatus.ACCEPTED);
  }

  @Test
  @DisplayName("an event that skips versions first gets the missing ones from the event store")
  void gap() throws Exception {
    List<RecordedEvent> events = record(submitted(), new PirepRejected(UUID.randomUUID(), "late"));
    await(projections.handle(List.of(events.get(1))));
    assertThat(heard).containsExactly("PirepSubmitted@1", "PirepRejected@2");
    assertThat(status()).isEqualTo(PirepStatus.REJECTED);
    await(projections.handle(List.of(events.get(0))));
    assertThat(heard).hasSize(2);
  }

  @Test
  @DisplayName("a batch with redeliveries and a gap is applied once, in stream order, each change told with its row")
  void batch() throws Exception {
    List<Applied> told = new ArrayList<>();
    List<Integer> calls = new ArrayList<>();
    ProjectionService telling = new ProjectionService(store, readModels, List.of(changes -> {
      told.addAll(changes);
      calls.add(changes.size());
      return Future.succeededFuture();
    }));
    List<RecordedEvent> events = record(submitted(), new PirepAccepted(UUID.randomUUID()));
    UUID otherId = UUID.randomUUID();
    List<RecordedEvent> other = record(otherId, submitted(otherId), new PirepRejected(UUID.randomUUID(), "late"));

    await(telling.handle(List.of(events.get(0), other.get(1), events.get(0), events.get(1), other.get(1))));

    assertThat(told).extracting(Applied::event).containsExactly(events.get(0), events.get(1), other.get(0), other.get(1));
    assertThat(told).extracting(a -> ((PirepView) a.row()).status())
        .containsExactly(PirepStatus.SUBMITTED, PirepStatus.ACCEPTED, PirepStatus.SUBMITTED, PirepStatus.REJECTED);
    assertThat(calls).as("the changes of the batch together, then those that filled the gap").containsExactly(2, 2);
    assertThat(status()).isEqualTo(PirepStatus.ACCEPTED);
    assertThat(await(readModels.pirep(otherId)).orElseThrow().status()).isEqualTo(PirepStatus.REJECTED);
  }

  private PirepStatus status() throws Exception {
    return await(readModels.pirep(pirepId)).orElseThrow().status();
  }

  private PirepSubmitted submitted() {
    return submitted(pirepId);
  }

  private PirepSubmitted submitted(UUID id) {
    FlightDetails flight = new FlightDetails("AB1", "EDDF", "EGLL", "A320", 90, null, null, null, null, null, null, null);
    return new PirepSubmitted(id, tenantId, UUID.randomUUID(), "Ada", flight, PirepSource.MANUAL);
  }

  private List<RecordedEvent> record(DomainEvent... events) throws Exception {
    return record(pirepId, events);
  }

  private List<RecordedEvent> record(UUID streamId, DomainEvent... events) throws Exception {
    List<RecordedEvent> recorded = new ArrayList<>();
    for (int i = 0; i < events.length; i++) {
      EventMetadata meta = new EventMetadata(UUID.randomUUID(), Instant.parse("2026-11-26T21:00:00Z").plusSeconds(i),
          UUID.randomUUID(), UUID.randomUUID());
      recorded.addAll(await(store.append(List.of(new StreamWrite(streamId, StreamTypes.PIREP, tenantId, i,
          List.of(new PendingEvent(UUID.randomUUID(), events[i])))), meta)));
    }
    return recorded;
  }

  private static <T> T await(Future<T> future) throws Exception {
    return future.toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS);
  }
}
