package dev.albatross.verticle;

import static dev.albatross.contract.Async.await;
import static dev.albatross.contract.Async.eventually;
import static dev.albatross.contract.Async.pause;
import static dev.albatross.contract.TestEvents.T0;
import static dev.albatross.contract.TestEvents.anyEvent;
import static dev.albatross.contract.TestEvents.metadata;
import static dev.albatross.contract.TestEvents.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.albatross.adapter.memory.InMemoryEventStore;
import dev.albatross.domain.port.CheckpointStore;
import dev.albatross.domain.port.EventPublisher;
import dev.albatross.domain.port.FeedPosition;
import dev.albatross.domain.port.Leadership;
import dev.albatross.domain.port.RecordedEvent;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The outbox relay")
class OutboxRelayVerticleTest {
  private final Vertx vertx = Vertx.vertx();
  private final InMemoryEventStore store = new InMemoryEventStore();
  private final List<RecordedEvent> published = new CopyOnWriteArrayList<>();
  private final AtomicBoolean busDown = new AtomicBoolean();
  private final AtomicInteger attempts = new AtomicInteger();
  private final HeldCheckpoints checkpoints = new HeldCheckpoints();

  private final EventPublisher publisher = events -> {
    attempts.incrementAndGet();
    if (busDown.get()) {
      return Future.failedFuture("the bus is down");
    }
    published.addAll(events);
    return Future.succeededFuture();
  };

  /**
   * Saves that complete only when the test lets them, on the saver's context as a client's would;
   * records what was asked and what completed.
   */
  private static final class HeldCheckpoints implements CheckpointStore {
    final List<FeedPosition> asked = new CopyOnWriteArrayList<>();
    final List<FeedPosition> saved = new CopyOnWriteArrayList<>();
    final List<Runnable> open = new CopyOnWriteArrayList<>();
    volatile boolean held = true;

    @Override
    public Future<FeedPosition> load(String reader) {
      return Future.succeededFuture(saved.isEmpty() ? FeedPosition.START : saved.get(saved.size() - 1));
    }

    @Override
    public Future<Void> save(String reader, FeedPosition position) {
      asked.add(position);
      Promise<Void> done = Promise.promise();
      done.future().onSuccess(v -> saved.add(position));
      Context context = Vertx.currentContext();
      if (held) {
        open.add(() -> context.runOnContext(v -> done.complete()));
      } else {
        done.complete();
      }
      return done.future();
    }

    void release() {
      held = false;
      open.forEach(Runnable::run);
    }
  }

  @AfterEach
  void close() {
    await(vertx.close());
  }

  private String deploy() {
    return await(vertx.deployVerticle(new OutboxRelayVerticle(Leadership.alone(), store, store, publisher, checkpoints,
        Duration.ofMinutes(1))));
  }

  private RecordedEvent append(String value) {
    return await(store.append(List.of(write(UUID.randomUUID(), 0, anyEvent(value))), metadata(T0))).get(0);
  }

  /** Appends the first event and waits until the relay asks to save its position. */
  private RecordedEvent appendedAndSaving(String value) {
    RecordedEvent event = append(value);
    eventually(() -> assertThat(checkpoints.asked).containsExactly(event.feedPosition()));
    return event;
  }

  @Test
  @DisplayName("publishes what follows while the checkpoint before it is still being saved, then saves the latest")
  void checkpointOffThePath() {
    deploy();
    RecordedEvent first = appendedAndSaving("first");

    RecordedEvent second = append("second");
    RecordedEvent third = append("third");
    eventually(() -> assertThat(published).extracting(RecordedEvent::eventId)
        .containsExactly(first.eventId(), second.eventId(), third.eventId()));
    assertThat(checkpoints.asked).containsExactly(first.feedPosition());

    checkpoints.release();
    eventually(() -> assertThat(checkpoints.saved).last().isEqualTo(third.feedPosition()));
    assertThat(checkpoints.asked).isSorted().hasSizeLessThanOrEqualTo(3);
  }

  @Test
  @DisplayName("checkpoints only what the bus confirmed, and publishes it once the bus is back")
  void onlyConfirmed() {
    checkpoints.release();
    busDown.set(true);
    deploy();
    RecordedEvent event = append("unconfirmed");
    eventually(() -> assertThat(attempts.get()).isPositive());
    assertThat(published).isEmpty();
    assertThat(checkpoints.asked).isEmpty();

    busDown.set(false);
    append("next");
    eventually(() -> assertThat(published).extracting(RecordedEvent::eventId).startsWith(event.eventId()));
    eventually(() -> assertThat(checkpoints.saved).last()
        .isEqualTo(published.get(published.size() - 1).feedPosition()));
  }

  @Test
  @DisplayName("a stop waits for the checkpoint save in flight")
  void stopWaitsForTheSave() {
    String relay = deploy();
    RecordedEvent event = appendedAndSaving("saved on stop");

    Future<Void> stopped = vertx.undeploy(relay);
    pause(Duration.ofMillis(300));
    assertThat(stopped.isComplete()).isFalse();
    checkpoints.release();
    await(stopped);
    assertThat(checkpoints.saved).containsExactly(event.feedPosition());
  }

  @Test
  @DisplayName("a stop waits at most two seconds for a save that does not end")
  void stopDoesNotHang() {
    String relay = deploy();
    appendedAndSaving("never saved");

    long began = System.nanoTime();
    await(vertx.undeploy(relay));
    assertThat(Duration.ofNanos(System.nanoTime() - began)).isLessThan(Duration.ofSeconds(5));
    assertThat(checkpoints.saved).isEmpty();
  }
}
