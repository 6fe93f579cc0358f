package dev.albatross.contract;

import static dev.albatross.contract.Async.await;
import static dev.albatross.contract.Async.eventually;
import static dev.albatross.contract.Async.pause;
import static dev.albatross.contract.OneByOne.each;
import static dev.albatross.contract.TestEvents.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.albatross.domain.model.StreamTypes;
import dev.albatross.domain.port.EventPublisher;
import dev.albatross.domain.port.EventSubscriber;
import dev.albatross.domain.port.RecordedEvent;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What every event bus promises: a subscriber gets what was published, in order, a batch at a
 * time, and gets again what its handler failed on.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class EventBusContract {

  /** A publisher and a subscriber on the same, otherwise unused bus, and how to take it down. */
  public record BusUnderTest(EventPublisher publisher, EventSubscriber subscriber, Supplier<Future<Void>> close) {}

  /** Called before each test. */
  protected abstract BusUnderTest freshBus();

  private BusUnderTest bus;

  @BeforeEach
  void openBus() {
    bus = freshBus();
  }

  @AfterEach
  void closeBus() {
    await(bus.close().get());
  }

  private static List<RecordedEvent> events(int count) {
    UUID streamId = UUID.randomUUID();
    UUID tenantId = UUID.randomUUID();
    return IntStream.rangeClosed(1, count)
        .mapToObj(v -> TestEvents.recorded(streamId, StreamTypes.PIREP, v, tenantId, T0.plusSeconds(v),
            TestEvents.anyEvent("event " + v)))
        .toList();
  }

  @Test
  @DisplayName("delivers every published event, whole and in publication order")
  void inOrder() {
    List<RecordedEvent> received = new CopyOnWriteArrayList<>();
    await(bus.subscriber().subscribe(each(e -> {
      received.add(e);
      return Future.succeededFuture();
    })));
    List<RecordedEvent> published = events(7);

    await(bus.publisher().publish(published.subList(0, 3)));
    await(bus.publisher().publish(published.subList(3, 7)));

    eventually(() -> assertThat(received).hasSize(7));
    assertThat(received).isEqualTo(published);
  }

  @Test
  @DisplayName("keeps a large batch in publication order, published from a thread outside Vert.x")
  void largeBatchInOrder() {
    List<RecordedEvent> received = new CopyOnWriteArrayList<>();
    await(bus.subscriber().subscribe(batch -> {
      received.addAll(batch);
      return Future.succeededFuture();
    }));
    List<RecordedEvent> published = events(300);

    await(bus.publisher().publish(published));

    eventually(() -> assertThat(received).hasSize(300));
    assertThat(received).isEqualTo(published);
  }

  @Test
  @DisplayName("gives a failed batch to the handler again, before the events after it")
  void redeliversFailures() {
    List<RecordedEvent> handled = new CopyOnWriteArrayList<>();
    Map<UUID, Integer> attempts = new ConcurrentHashMap<>();
    List<RecordedEvent> published = events(3);
    UUID failOnce = published.get(1).eventId();
    await(bus.subscriber().subscribe(each(e -> {
      int attempt = attempts.merge(e.eventId(), 1, Integer::sum);
      if (e.eventId().equals(failOnce) && attempt == 1) {
        return Future.failedFuture(new IllegalStateException("read model unavailable"));
      }
      handled.add(e);
      return Future.succeededFuture();
    })));

    await(bus.publisher().publish(published));

    eventually(() -> assertThat(handled.stream().distinct()).hasSize(3));
    assertThat(handled.stream().distinct()).containsExactlyElementsOf(published);
    assertThat(attempts.get(failOnce)).isEqualTo(2);
  }

  @Test
  @DisplayName("gives a failed batch to the handler again, ahead of what arrived while it was handled")
  void redeliversFailuresBeforeLaterArrivals() {
    List<RecordedEvent> handled = new CopyOnWriteArrayList<>();
    AtomicInteger calls = new AtomicInteger();
    Promise<Void> firstAttempt = Promise.promise();
    List<RecordedEvent> published = events(3);
    await(bus.subscriber().subscribe(batch -> {
      if (calls.getAndIncrement() == 0) {
        return firstAttempt.future();
      }
      handled.addAll(batch);
      return Future.succeededFuture();
    }));

    await(bus.publisher().publish(published.subList(0, 1)));
    pause(Duration.ofMillis(200));
    await(bus.publisher().publish(published.subList(1, 3)));
    pause(Duration.ofMillis(300));
    firstAttempt.fail(new IllegalStateException("read model unavailable"));

    eventually(() -> assertThat(handled).hasSize(3));
    assertThat(handled).containsExactlyElementsOf(published);
  }

  @Test
  @DisplayName("hands what arrived while a batch was handled to the handler together, in order")
  void batches() {
    List<List<RecordedEvent>> batches = new CopyOnWriteArrayList<>();
    Promise<Void> firstDone = Promise.promise();
    await(bus.subscriber().subscribe(batch -> {
      batches.add(batch);
      return batches.size() == 1 ? firstDone.future() : Future.succeededFuture();
    }));
    List<RecordedEvent> published = events(11);

    await(bus.publisher().publish(published.subList(0, 1)));
    eventually(() -> assertThat(batches).hasSize(1));
    await(bus.publisher().publish(published.subList(1, 11)));
    pause(Duration.ofMillis(300));
    assertThat(batches).hasSize(1);

    firstDone.complete();

    eventually(() -> assertThat(batches.stream().mapToInt(List::size).sum()).isEqualTo(11));
    assertThat(batches.stream().flatMap(List::stream)).containsExactlyElementsOf(published);
    assertThat(batches.get(1)).hasSizeGreaterThan(1);
  }

  @Test
  @DisplayName("waits for the handler's future before the next delivery")
  void oneAtATime() {
    List<RecordedEvent> received = new CopyOnWriteArrayList<>();
    Promise<Void> firstDone = Promise.promise();
    await(bus.subscriber().subscribe(each(e -> {
      received.add(e);
      return received.size() == 1 ? firstDone.future() : Future.succeededFuture();
    })));
    List<RecordedEvent> published = events(2);

    await(bus.publisher().publish(published));
    eventually(() -> assertThat(received).hasSize(1));
    pause(Duration.ofMillis(300));
    assertThat(received).hasSize(1);

    firstDone.complete();

    eventually(() -> assertThat(received).isEqualTo(published));
  }
}
