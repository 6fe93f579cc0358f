package dev.albatross.adapter.rabbitmq;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.BasicProperties;
import dev.albatross.domain.codec.EventCodec;
import dev.albatross.domain.port.EventPublisher;
import dev.albatross.domain.port.RecordedEvent;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.rabbitmq.RabbitMQClient;
import io.vertx.rabbitmq.RabbitMQOptions;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * Publishes events as persistent protobuf envelopes with publisher confirms: {@link #publish}
 * succeeds only once the broker has confirmed every message, so the relay may checkpoint them.
 * Publications are serialised, keeping their order.
 */
public final class RabbitMqEventPublisher implements EventPublisher {
  static final String CONTENT_TYPE = "application/x-protobuf";

  private static final long CONFIRM_TIMEOUT_MILLIS = 10_000;

  private final Vertx vertx;
  private final RabbitMQClient client;
  private final RabbitMqTopology topology;
  private Future<Void> tail = Future.succeededFuture();

  public RabbitMqEventPublisher(Vertx vertx, RabbitMQOptions options, RabbitMqTopology topology) {
    this.vertx = vertx;
    this.client = RabbitMQClient.create(vertx, options);
    this.topology = topology;
    client.addConnectionEstablishedCallback(this::prepareChannel);
  }

  /** Connects, declares the topology and turns confirms on; call once before publishing. */
  public Future<Void> start() {
    return client.start().compose(v -> topology.declare(client)).compose(v -> client.confirmSelect());
  }

  public Future<Void> stop() {
    return client.stop();
  }

  /** A new channel after a reconnect has neither the topology nor confirms: set both up again. */
  private void prepareChannel(Promise<Void> ready) {
    topology.declare(client).compose(v -> client.confirmSelect()).onComplete(ready);
  }

  public boolean connected() {
    return client.isConnected();
  }

  @Override
  public synchronized Future<Void> publish(List<RecordedEvent> events) {
    Future<Void> published = tail.transform(previous -> publishAndConfirm(events));
    tail = published;
    return published;
  }

  /**
   * Hands every message and the wait for their confirms to the client at once, from one context:
   * the client runs a context's blocking calls one after another, in the order given, so one
   * worker thread publishes the batch and waits, without a trip back to the event loop between
   * messages. Should a message fail, those after it may still go out: the relay publishes the
   * whole batch again, and the projections take an event that arrives early or twice in their
   * stride.
   */
  private Future<Void> publishAndConfirm(List<RecordedEvent> events) {
    Promise<Void> confirmed = Promise.promise();
    vertx.getOrCreateContext().runOnContext(v -> {
      List<Future<Void>> steps = new ArrayList<>(events.size() + 1);
      for (RecordedEvent e : events) {
        steps.add(client.basicPublish(topology.exchange(), RabbitMqTopology.routingKey(e), properties(e),
            Buffer.buffer(EventCodec.envelope(e).toByteArray())));
      }
      steps.add(client.waitForConfirms(CONFIRM_TIMEOUT_MILLIS));
      Future.join(steps).<Void>mapEmpty().onComplete(confirmed);
    });
    return confirmed.future();
  }

  private static BasicProperties properties(RecordedEvent e) {
    return new AMQP.BasicProperties.Builder()
        .deliveryMode(2)
        .contentType(CONTENT_TYPE)
        .messageId(e.eventId().toString())
        .type(e.eventType())
        .timestamp(Date.from(e.metadata().occurredAt()))
        .build();
  }
}
