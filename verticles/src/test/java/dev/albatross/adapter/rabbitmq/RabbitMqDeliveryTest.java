package dev.albatross.adapter.rabbitmq;

import static dev.albatross.contract.Async.await;
import static dev.albatross.contract.Async.eventually;
import static dev.albatross.contract.Async.pause;
import static dev.albatross.contract.OneByOne.each;
import static dev.albatross.contract.TestEvents.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.albatross.contract.TestEvents;
import dev.albatross.domain.model.StreamTypes;
import dev.albatross.domain.port.RecordedEvent;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Guarantees 3 and 5 on the broker's side: nothing is acknowledged before it was handled. */
class RabbitMqDeliveryTest {
  private RabbitMqTestBus bus;
  private RabbitMqEventPublisher publisher;

  @BeforeEach
  void openBus() {
    bus = new RabbitMqTestBus();
    publisher = bus.startedPublisher();
  }

  @AfterEach
  void closeBus() {
    bus.close();
  }

  private static List<RecordedEvent> events(int count) {
    UUID streamId = UUID.randomUUID();
    return IntStream.rangeClosed(1, count)
        .mapToObj(v -> TestEvents.recorded(streamId, StreamTypes.PIREP, v, UUID.randomUUID(), T0,
            TestEvents.anyEvent("event " + v)))
        .toList();
  }

  private static List<UUID> ids(List<RecordedEvent> events) {
    return events.stream().map(RecordedEvent::eventId).toList();
  }

  @Test
  @DisplayName("events published before any subscriber wait in the queue")
  void publishedBeforeSubscribing() {
    List<RecordedEvent> published = events(3);
    await(publisher.publish(published));
    List<RecordedEvent> received = new CopyOnWriteArrayList<>();

    await(bus.subscriber().subscribe(each(e -> {
      received.add(e);
      return Future.succeededFuture();
    })));

    eventually(() -> assertThat(received).isEqualTo(published));
    eventually(() -> assertThat(bus.messagesReady()).isZero());
  }

  @Test
  @DisplayName("a failed event is handled again, and by the next consumer once its subscriber stops")
  void redeliveryAfterFailure() {
    AtomicInteger failedAttempts = new AtomicInteger();
    RabbitMqEventSubscriber failing = bus.subscriber();
    await(failing.subscribe(each(e -> {
      failedAttempts.incrementAndGet();
      return Future.failedFuture(new IllegalStateException("database down"));
    })));
    List<RecordedEvent> published = events(1);
    await(publisher.publish(published));
    eventually(() -> assertThat(failedAttempts.get()).isGreaterThanOrEqualTo(2));

    await(failing.stop());
    List<RecordedEvent> received = new CopyOnWriteArrayList<>();
    await(bus.subscriber().subscribe(each(e -> {
      received.add(e);
      return Future.succeededFuture();
    })));

    eventually(() -> assertThat(received).isEqualTo(published));
  }

  @Test
  @DisplayName("an event whose handling never finished is not lost when its subscriber goes away")
  void unfinishedHandling() {
    RabbitMqEventSubscriber stuck = bus.subscriber();
    List<RecordedEvent> started = new CopyOnWriteArrayList<>();
    await(stuck.subscribe(each(e -> {
      started.add(e);
      return Promise.<Void>promise().future();
    })));
    List<RecordedEvent> published = events(2);
    await(publisher.publish(published));
    eventually(() -> assertThat(started).hasSize(1));

    await(stuck.stop());
    List<RecordedEvent> received = new CopyOnWriteArrayList<>();
    await(bus.subscriber().subscribe(each(e -> {
      received.add(e);
      return Future.succeededFuture();
    })));

    eventually(() -> assertThat(ids(received)).isEqualTo(ids(published)));
  }

  @Test
  @DisplayName("with two subscribers only one is active; the standby takes over when it stops")
  void singleActiveConsumer() {
    List<RecordedEvent> first = new CopyOnWriteArrayList<>();
    List<RecordedEvent> second = new CopyOnWriteArrayList<>();
    RabbitMqEventSubscriber active = bus.subscriber();
    await(active.subscribe(each(e -> {
      first.add(e);
      return Future.succeededFuture();
    })));
    await(bus.subscriber().subscribe(each(e -> {
      second.add(e);
      return Future.succeededFuture();
    })));
    List<RecordedEvent> before = events(4);
    await(publisher.publish(before));
    eventually(() -> assertThat(first).isEqualTo(before));
    pause(Duration.ofMillis(200));
    assertThat(second).isEmpty();

    await(active.stop());
    List<RecordedEvent> after = events(2);
    await(publisher.publish(after));

    eventually(() -> assertThat(second).isEqualTo(after));
    assertThat(first).isEqualTo(before);
  }
}
