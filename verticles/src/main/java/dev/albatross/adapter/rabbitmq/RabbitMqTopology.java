package dev.albatross.adapter.rabbitmq;

import dev.albatross.domain.port.RecordedEvent;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.rabbitmq.RabbitMQClient;

/**
 * Where events travel: a durable topic exchange, routed by {@code <streamType>.<eventType>}, and the
 * projections' durable quorum queue bound to all of it, consumed by a single active consumer at a
 * time. Declaring is idempotent, so publishers and subscribers both declare everything on every
 * (re)connect: an event published before any worker started still waits in the queue.
 */
public record RabbitMqTopology(String exchange, String queue) {

  public static final RabbitMqTopology DEFAULT = new RabbitMqTopology("albatross.events", "albatross.projections");

  /*
   * With a delivery limit, a quorum queue serves a nacked message again before newer ones (without
   * one, RabbitMQ 3.x requeues it at the back, and the events after it would overtake it). The limit
   * is far beyond what retries with backoff reach: a message is never dropped for failing.
   */
  private static final JsonObject QUEUE_ARGUMENTS = new JsonObject()
      .put("x-queue-type", "quorum")
      .put("x-single-active-consumer", true)
      .put("x-delivery-limit", 1_000_000);

  public static String routingKey(RecordedEvent e) {
    return e.streamType() + "." + e.eventType();
  }

  Future<Void> declare(RabbitMQClient client) {
    return client.exchangeDeclare(exchange, "topic", true, false)
        .compose(v -> client.queueDeclare(queue, true, false, false, QUEUE_ARGUMENTS))
        .compose(v -> client.queueBind(queue, exchange, "#"));
  }
}
