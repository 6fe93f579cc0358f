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

  private final RabbitMQClient client;
  private final RabbitMqTopology topology;
  private Future<Void> tail = Future.succeededFuture();

  public RabbitMqEventPublisher(Vertx vertx, RabbitMQOptions options, RabbitMqTopology topology) {
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

  private Future<Void> publishAndConfirm(List<RecordedEvent> events) {
    Future<Void> chain = Future.succeededFuture();
    for (RecordedEvent e : events) {
      chain = chain.compose(v -> client.basicPublish(topology.exchange(), RabbitMqTopology.routingKey(e),
          properties(e), Buffer.buffer(EventCodec.envelope(e).toByteArray())));
    }
    return chain.compose(v -> client.waitForConfirms(CONFIRM_TIMEOUT_MILLIS));
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
