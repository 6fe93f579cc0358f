package dev.albatross.domain.app;

import static dev.albatross.contract.Async.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.albatross.adapter.memory.InMemoryEventStore;
import dev.albatross.adapter.memory.InMemoryReadModels;
import dev.albatross.contract.TestEvents;
import dev.albatross.domain.port.Backlog;
import dev.albatross.domain.port.EventMetadata;
import dev.albatross.domain.port.EventStore;
import dev.albatross.domain.port.FeedPosition;
import dev.albatross.domain.port.PendingEvent;
import dev.albatross.domain.port.RecordedEvent;
import dev.albatross.domain.port.StreamWrite;
import io.vertx.core.Future;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A rebuild's replay holds only the batches in hand, however long the store")
class ProjectionRebuildTest {
  private final InMemoryReadModels readModels = new InMemoryReadModels();

  @Test
  @DisplayName("batches that complete at once (in memory) go round a loop: the stack does not deepen")
  void flatStack() {
    EventStore store = storeOf(500);
    List<Integer> depths = new ArrayList<>();

    long replayed = await(new ProjectionRebuild(store, readModels, 1)
        .run(count -> depths.add(Thread.currentThread().getStackTrace().length)));

    assertThat(replayed).isEqualTo(500);
    assertThat(depths).hasSize(500);
    assertThat(depths.stream().mapToInt(Integer::intValue).max().orElseThrow()).isLessThan(depths.get(0) + 50);
  }

  @Test
  @DisplayName("a batch the lanes are past can be collected before the replay ends")
  void releasesBatches() {
    List<WeakReference<List<RecordedEvent>>> read = new ArrayList<>();
    EventStore store = new Watched(storeOf(200), read);
    List<Boolean> firstCollected = new ArrayList<>();

    long replayed = await(new ProjectionRebuild(store, readModels, 10).run(count -> {
      if (count == 100) {
        System.gc();
        firstCollected.add(read.get(0).get() == null);
      }
    }));

    assertThat(replayed).isEqualTo(200);
    assertThat(firstCollected).containsExactly(true);
  }

  /** {@code count} PIREP submissions, each its own stream. */
  private static EventStore storeOf(int count) {
    InMemoryEventStore store = new InMemoryEventStore();
    UUID tenantId = UUID.randomUUID();
    for (int i = 0; i < count; i++) {
      RecordedEvent e = TestEvents.pirepSubmitted(UUID.randomUUID(), tenantId, UUID.randomUUID(), TestEvents.T0);
      EventMetadata metadata = e.metadata();
      await(store.append(List.of(new StreamWrite(e.streamId(), e.streamType(), tenantId, 0,
          List.of(new PendingEvent(e.eventId(), e.event())))), metadata));
    }
    return store;
  }

  /** A store that remembers, weakly, each batch it answered. */
  private record Watched(EventStore store, List<WeakReference<List<RecordedEvent>>> read) implements EventStore {
    @Override
    public Future<List<RecordedEvent>> append(List<StreamWrite> writes, EventMetadata metadata) {
      return store.append(writes, metadata);
    }

    @Override
    public Future<List<RecordedEvent>> load(UUID streamId) {
      return store.load(streamId);
    }

    @Override
    public Future<List<RecordedEvent>> readAfter(FeedPosition after, int limit) {
      return store.readAfter(after, limit).onSuccess(batch -> read.add(new WeakReference<>(batch)));
    }

    @Override
    public Future<Optional<FeedPosition>> feedPositionAt(long position) {
      return store.feedPositionAt(position);
    }

    @Override
    public Future<Backlog> backlog(FeedPosition after) {
      return store.backlog(after);
    }
  }
}
