package dev.albatross.adapter.journal;

import static dev.albatross.contract.Async.await;
import static dev.albatross.contract.Async.eventually;
import static dev.albatross.contract.TestEvents.T0;
import static dev.albatross.contract.TestEvents.anyEvent;
import static dev.albatross.contract.TestEvents.metadata;
import static dev.albatross.contract.TestEvents.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.albatross.domain.port.FeedPosition;
import dev.albatross.domain.port.RecordedEvent;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VerticleBase;
import java.nio.file.Path;
import java.util.List;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalGroupCommitTest {
  private static final int CONTEXTS = 4;
  private static final int APPENDS_EACH = 500;

  private final Vertx vertx = Vertx.vertx();
  @TempDir
  Path dir;

  @AfterEach
  void closeVertx() {
    await(vertx.close());
  }

  /** Appends from its own event-loop context, all at once, and notes where each answer ran. */
  private static final class Appender extends VerticleBase {
    private final JournalEventStore store;
    private final Queue<RecordedEvent> recorded;
    private final AtomicInteger elsewhere;

    Appender(JournalEventStore store, Queue<RecordedEvent> recorded, AtomicInteger elsewhere) {
      this.store = store;
      this.recorded = recorded;
      this.elsewhere = elsewhere;
    }

    @Override
    public Future<?> start() {
      return Future.all(IntStream.range(0, APPENDS_EACH).mapToObj(i -> appendOne()).toList());
    }

    private Future<List<RecordedEvent>> appendOne() {
      return store.append(List.of(write(UUID.randomUUID(), 0, anyEvent("concurrent"))), metadata(T0))
          .onSuccess(events -> {
            if (vertx.getOrCreateContext() != context) {
              elsewhere.incrementAndGet();
            }
            recorded.addAll(events);
          });
    }
  }

  @Test
  @DisplayName("a listener that throws neither fails the append nor stops later ones or other listeners")
  void failingListener() {
    JournalEventStore store = await(JournalEventStore.open(vertx, dir));
    AtomicInteger woken = new AtomicInteger();
    await(store.onAppend(() -> {
      throw new IllegalStateException("a listener's own trouble");
    }));
    await(store.onAppend(woken::incrementAndGet));

    await(store.append(List.of(write(UUID.randomUUID(), 0, anyEvent("first"))), metadata(T0)));
    await(store.append(List.of(write(UUID.randomUUID(), 0, anyEvent("second"))), metadata(T0)));

    eventually(() -> assertThat(woken.get()).isEqualTo(2));
    await(store.close());
  }

  @Test
  @DisplayName("appends arriving together share fsyncs, each answered on its own context, the feed dense")
  void concurrentAppendsShareFsyncs() {
    JournalEventStore store = await(JournalEventStore.open(vertx, dir));
    Queue<RecordedEvent> recorded = new ConcurrentLinkedQueue<>();
    AtomicInteger elsewhere = new AtomicInteger();
    long syncsBefore = store.syncCount();

    await(vertx.deployVerticle(() -> new Appender(store, recorded, elsewhere), new DeploymentOptions().setInstances(CONTEXTS)));

    int appends = CONTEXTS * APPENDS_EACH;
    long syncs = store.syncCount() - syncsBefore;
    System.out.printf("group commit: %d appends from %d contexts took %d fsyncs%n", appends, CONTEXTS, syncs);
    assertThat(syncs).isLessThan(appends);
    assertThat(elsewhere.get()).isZero();
    assertThat(recorded.stream().map(e -> e.feedPosition().position()).sorted().toList())
        .containsExactlyElementsOf(LongStream.rangeClosed(1, appends).boxed().toList());
    assertThat(recorded.stream().map(e -> e.feedPosition().transactionId()).distinct()).hasSize(appends);
    assertThat(await(store.readAfter(FeedPosition.START, appends + 1))).hasSize(appends);
    await(store.close());
  }
}
