package dev.albatross.adapter.rabbitmq;

import static dev.albatross.contract.Async.await;
import static dev.albatross.contract.Async.eventually;
import static dev.albatross.contract.Async.pause;
import static dev.albatross.contract.TestEvents.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.albatross.cluster.RabbitMqVhost;
import dev.albatross.contract.TestEvents;
import dev.albatross.domain.model.StreamTypes;
import dev.albatross.domain.port.RecordedEvent;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.rabbitmq.RabbitMQOptions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The publisher and the subscriber recover by themselves when the broker closes their
 * connections, with deliveries unacknowledged and publications in flight, on a virtual host of
 * their own (whose connections this test closes, and no other's).
 */
class RabbitMqRecoveryTest {
  private final Vertx vertx = Vertx.vertx();
  private final RabbitMqTopology topology = RabbitMqTopology.DEFAULT;
  private RabbitMqVhost vhost;
  private final List<RabbitMqEventSubscriber> subscribers = new ArrayList<>();
  private RabbitMqEventPublisher publisher;
  private String publisherDeployment;

  @BeforeEach
  void openVhost() throws Exception {
    vhost = new RabbitMqVhost();
    publisher = new RabbitMqEventPublisher(options("recovery-publisher"), topology);
    publisherDeployment = await(vertx.deployVerticle(publisher));
  }

  @AfterEach
  void closeVhost() throws Exception {
    subscribers.forEach(s -> await(s.stop().otherwiseEmpty()));
    await(vertx.undeploy(publisherDeployment).otherwiseEmpty());
    vhost.close();
    await(vertx.close());
  }

  private RabbitMQOptions options(String name) {
    return RabbitMqConfig.options(vhost.url(), name);
  }

  private RabbitMqEventSubscriber subscriber(List<RecordedEvent> received, Duration handlingTime) {
    RabbitMqEventSubscriber subscriber = new RabbitMqEventSubscriber(vertx, options("recovery-subscriber"), topology,
        RabbitMqEventSubscriber.PROJECTIONS_PREFETCH);
    subscribers.add(subscriber);
    await(subscriber.subscribe(batch -> {
      Promise<Void> handled = Promise.promise();
      vertx.setTimer(handlingTime.toMillis(), id -> {
        received.addAll(batch);
        handled.complete();
      });
      return handled.future();
    }));
    return subscriber;
  }

  private static RecordedEvent event(UUID streamId, long version) {
    return TestEvents.recorded(streamId, StreamTypes.PIREP, version, UUID.randomUUID(), T0,
        TestEvents.anyEvent("event " + version));
  }

  /** Publishes as the relay does: a batch that failed is published again until it is confirmed. */
  private void publishUntilConfirmed(List<RecordedEvent> batch) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (true) {
      try {
        await(publisher.publish(batch));
        return;
      } catch (RuntimeException | AssertionError failed) {
        if (System.nanoTime() > deadline) {
          throw new AssertionError("not confirmed within 60 s", failed);
        }
        pause(Duration.ofMillis(50));
      }
    }
  }

  private static Set<UUID> ids(List<RecordedEvent> events) {
    Set<UUID> ids = new LinkedHashSet<>();
    events.forEach(e -> ids.add(e.eventId()));
    return ids;
  }

  @Test
  @DisplayName("connections closed again and again while events flow: every confirmed event is handled, in order")
  void connectionsClosedUnderLoad() throws Exception {
    List<RecordedEvent> received = new CopyOnWriteArrayList<>();
    RabbitMqEventSubscriber subscriber = subscriber(received, Duration.ofMillis(15));
    UUID stream = UUID.randomUUID();
    List<RecordedEvent> confirmed = new ArrayList<>();
    int closes = 0;
    for (long version = 1; version <= 600; version += 3) {
      List<RecordedEvent> batch = List.of(event(stream, version), event(stream, version + 1), event(stream, version + 2));
      publishUntilConfirmed(batch);
      confirmed.addAll(batch);
      if (version % 150 == 100) {
        vhost.closeConnections();
        closes++;
      }
    }
    assertThat(closes).isEqualTo(4);

    eventually(Duration.ofSeconds(60), () -> assertThat(ids(received)).containsExactlyElementsOf(ids(confirmed)));
    long lastVersion = 0;
    for (RecordedEvent e : received) {
      assertThat(e.version()).as("a redelivery starts over, never skips ahead").isLessThanOrEqualTo(lastVersion + 1);
      lastVersion = e.version();
    }
    eventually(() -> assertThat(subscriber.connected()).isTrue());
    eventually(() -> assertThat(publisher.connected()).isTrue());
  }

  @Test
  @DisplayName("a publisher whose connection closed while idle connects again by itself")
  void idlePublisherReconnects() throws Exception {
    vhost.closeConnections();
    eventually(() -> assertThat(publisher.connected()).isFalse());
    eventually(Duration.ofSeconds(15), () -> assertThat(publisher.connected()).isTrue());
    publishUntilConfirmed(List.of(event(UUID.randomUUID(), 1)));
  }

  @Test
  @DisplayName("a restarted consumer gets what it held unacknowledged again, and goes on")
  void restartedConsumer() {
    List<RecordedEvent> received = new CopyOnWriteArrayList<>();
    List<RecordedEvent> held = new CopyOnWriteArrayList<>();
    RabbitMqEventSubscriber stuck = new RabbitMqEventSubscriber(vertx, options("recovery-stuck"), topology,
        RabbitMqEventSubscriber.PROJECTIONS_PREFETCH);
    subscribers.add(stuck);
    boolean[] hang = {true};
    await(stuck.subscribe(batch -> {
      if (hang[0]) {
        held.addAll(batch);
        return Promise.<Void>promise().future();
      }
      received.addAll(batch);
      return Future.succeededFuture();
    }));
    UUID stream = UUID.randomUUID();
    List<RecordedEvent> published = List.of(event(stream, 1), event(stream, 2));
    publishUntilConfirmed(published);
    eventually(() -> assertThat(held).isNotEmpty());

    hang[0] = false;
    stuck.restart("a test says it is stuck");

    eventually(Duration.ofSeconds(15), () -> assertThat(ids(received)).containsExactlyElementsOf(ids(published)));
  }
}
