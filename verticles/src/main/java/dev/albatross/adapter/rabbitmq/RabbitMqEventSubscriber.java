package dev.albatross.adapter.rabbitmq;

import dev.albatross.domain.codec.EventCodec;
import dev.albatross.domain.port.EventSubscriber;
import dev.albatross.domain.port.RecordedEvent;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.rabbitmq.QueueOptions;
import io.vertx.rabbitmq.RabbitMQClient;
import io.vertx.rabbitmq.RabbitMQConsumer;
import io.vertx.rabbitmq.RabbitMQMessage;
import io.vertx.rabbitmq.RabbitMQOptions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Consumes the projections queue with manual acknowledgements, in batches: the deliveries that
 * arrived while the previous batch was handled (at most the prefetch) go to the handler
 * together, and are acked together once its future succeeded. When it failed, consumption
 * pauses (backing off while failures repeat) and the same events go to the handler again, ahead
 * of those that arrived meanwhile, so events are handled in publication order even across
 * failures. What is unacknowledged when the consumer stops or its channel is lost goes back on
 * the queue for the next active consumer.
 */
public final class RabbitMqEventSubscriber implements EventSubscriber {
  public static final int DEFAULT_PREFETCH = 1;
  /**
   * Deliveries the broker may have in flight to the worker's projections, the most one batch can
   * hold. An event redelivered after a restart is at or below its row's version and ignored.
   */
  public static final int PROJECTIONS_PREFETCH = 64;

  private static final Logger LOG = LoggerFactory.getLogger(RabbitMqEventSubscriber.class);
  private static final Duration FIRST_RETRY_PAUSE = Duration.ofMillis(200);
  private static final Duration MAX_RETRY_PAUSE = Duration.ofSeconds(5);

  private final Vertx vertx;
  private final RabbitMQClient client;
  private final RabbitMqTopology topology;
  private final int prefetch;
  private final List<Delivery> inHand = new ArrayList<>();
  /** The consumer whose deliveries are handled; none once stopped. */
  private volatile RabbitMQConsumer consumer;
  private boolean handling;
  private int failuresInARow;

  public RabbitMqEventSubscriber(Vertx vertx, RabbitMQOptions options, RabbitMqTopology topology, int prefetch) {
    this.vertx = vertx;
    this.client = RabbitMQClient.create(vertx, options);
    this.topology = topology;
    this.prefetch = prefetch;
    client.addConnectionEstablishedCallback(ready -> prepareChannel().onComplete(ready));
  }

  public RabbitMqEventSubscriber(Vertx vertx, RabbitMQOptions options, RabbitMqTopology topology) {
    this(vertx, options, topology, DEFAULT_PREFETCH);
  }

  /** Topology and prefetch, on every (re)connect: a restarted channel has neither by itself. */
  private Future<Void> prepareChannel() {
    return client.basicQos(prefetch).compose(v -> topology.declare(client));
  }

  @Override
  public Future<Void> subscribe(Function<List<RecordedEvent>, Future<Void>> handler) {
    Context context = vertx.getOrCreateContext();
    Promise<Void> consuming = Promise.promise();
    context.runOnContext(v -> consume(context, handler).onComplete(consuming));
    return consuming.future();
  }

  /** Runs on {@code context}, which then delivers every message; handling resumes there too. */
  private Future<Void> consume(Context context, Function<List<RecordedEvent>, Future<Void>> handler) {
    return client.start()
        .compose(v -> prepareChannel())
        .compose(v -> client.basicConsumer(topology.queue(), new QueueOptions().setAutoAck(false)))
        .map(started -> {
          consumer = started;
          started.handler(message -> {
            receive(message);
            handleNext(context, handler);
          });
          return null;
        });
  }

  /** An event delivered on a channel, acknowledged by its tag on that channel only. */
  private record Delivery(String consumerTag, long tag, RecordedEvent event) {}

  /** Takes an event in hand; an unreadable message is dropped (nacked without requeue) so it cannot stop the queue. */
  private void receive(RabbitMQMessage message) {
    long tag = message.envelope().getDeliveryTag();
    try {
      inHand.add(new Delivery(message.consumerTag(), tag, EventCodec.recorded(message.body().getBytes())));
    } catch (IllegalArgumentException unreadable) {
      LOG.error("Discarding unreadable message {} from {}", message.properties().getMessageId(), topology.queue());
      client.basicNack(tag, false, false);
    }
  }

  private void handleNext(Context context, Function<List<RecordedEvent>, Future<Void>> handler) {
    inHand.removeIf(delivery -> !fromCurrentConsumer(delivery));
    if (handling || inHand.isEmpty()) {
      return;
    }
    handling = true;
    List<Delivery> batch = List.copyOf(inHand);
    inHand.clear();
    handle(batch, handler).onComplete(handled -> context.runOnContext(v -> {
      if (handled.failed()) {
        inHand.addAll(0, batch);
      }
      handling = false;
      handleNext(context, handler);
    }));
  }

  /**
   * Acks the batch once the handler succeeded; fails, after a pause, when it did not. A batch whose
   * channel was lost meanwhile is left alone: the broker has requeued it.
   */
  private Future<Void> handle(List<Delivery> batch, Function<List<RecordedEvent>, Future<Void>> handler) {
    List<RecordedEvent> events = batch.stream().map(Delivery::event).toList();
    RecordedEvent last = events.get(events.size() - 1);
    long lastTag = batch.get(batch.size() - 1).tag();
    return invoke(handler, events).transform(outcome -> {
      if (!fromCurrentConsumer(batch.get(0))) {
        return Future.succeededFuture();
      }
      if (outcome.succeeded()) {
        failuresInARow = 0;
        return client.basicAck(lastTag, true);
      }
      LOG.warn("Handling {} events up to {} {} failed, they are handled again: {}", events.size(),
          last.eventType(), last.eventId(), outcome.cause().toString());
      return pauseAfterFailure().compose(v -> Future.failedFuture(outcome.cause()));
    });
  }

  /**
   * Delivery tags belong to a channel. After a reconnect the broker has already requeued what the
   * old channel had delivered, so those deliveries are neither handled nor acknowledged here.
   */
  private boolean fromCurrentConsumer(Delivery delivery) {
    RabbitMQConsumer current = consumer;
    return current != null && delivery.consumerTag() != null && delivery.consumerTag().equals(current.consumerTag());
  }

  private static Future<Void> invoke(Function<List<RecordedEvent>, Future<Void>> handler, List<RecordedEvent> events) {
    try {
      return handler.apply(events);
    } catch (RuntimeException e) {
      return Future.failedFuture(e);
    }
  }

  private Future<Void> pauseAfterFailure() {
    long millis = Math.min(MAX_RETRY_PAUSE.toMillis(), FIRST_RETRY_PAUSE.toMillis() << Math.min(failuresInARow, 5));
    failuresInARow++;
    Promise<Void> paused = Promise.promise();
    vertx.setTimer(millis, id -> paused.complete());
    return paused.future();
  }

  public boolean connected() {
    return client.isConnected();
  }

  /**
   * Stops consuming: nothing in hand is handled or acknowledged any more, and what is
   * unacknowledged goes back to the queue for the next active consumer.
   */
  public Future<Void> stop() {
    RabbitMQConsumer stopping = consumer;
    consumer = null;
    Future<Void> cancelled = stopping == null ? Future.succeededFuture() : stopping.cancel();
    return cancelled.eventually(client::stop);
  }
}
