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
 * together, and are acked together once its future succeeded, or nacked back onto the queue
 * when it failed, after which consumption pauses (backing off while failures repeat). With the
 * default prefetch of one, a nacked message is the next one delivered, so events are handled in
 * publication order even across failures.
 */
public final class RabbitMqEventSubscriber implements EventSubscriber {
  public static final int DEFAULT_PREFETCH = 1;
  /**
   * Deliveries the broker may have in flight to the worker's projections, the most one batch can
   * hold. A redelivered event is at or below its row's version and ignored, and one that
   * overtakes a requeued one fills the gap from the event store, so order per stream holds.
   */
  public static final int PROJECTIONS_PREFETCH = 64;

  private static final Logger LOG = LoggerFactory.getLogger(RabbitMqEventSubscriber.class);
  private static final Duration FIRST_RETRY_PAUSE = Duration.ofMillis(200);
  private static final Duration MAX_RETRY_PAUSE = Duration.ofSeconds(5);

  private final Vertx vertx;
  private final RabbitMQClient client;
  private final RabbitMqTopology topology;
  private final int prefetch;
  private final List<RabbitMQMessage> inHand = new ArrayList<>();
  private RabbitMQConsumer consumer;
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
            inHand.add(message);
            handleNext(context, handler);
          });
          return null;
        });
  }

  private void handleNext(Context context, Function<List<RecordedEvent>, Future<Void>> handler) {
    if (handling || inHand.isEmpty()) {
      return;
    }
    handling = true;
    List<RabbitMQMessage> batch = List.copyOf(inHand);
    inHand.clear();
    handle(batch, handler).onComplete(done -> context.runOnContext(v -> {
      handling = false;
      handleNext(context, handler);
    }));
  }

  private Future<Void> handle(List<RabbitMQMessage> batch, Function<List<RecordedEvent>, Future<Void>> handler) {
    List<RecordedEvent> events = new ArrayList<>();
    long lastTag = -1;
    Future<Void> discarded = Future.succeededFuture();
    for (RabbitMQMessage message : batch) {
      if (!fromCurrentConsumer(message)) {
        continue;
      }
      long tag = message.envelope().getDeliveryTag();
      try {
        events.add(EventCodec.recorded(message.body().getBytes()));
        lastTag = tag;
      } catch (IllegalArgumentException unreadable) {
        LOG.error("Discarding unreadable message {} from {}", message.properties().getMessageId(), topology.queue());
        discarded = discarded.compose(v -> client.basicNack(tag, false, false));
      }
    }
    if (events.isEmpty()) {
      return discarded;
    }
    long tag = lastTag;
    String consumerTag = consumer.consumerTag();
    return discarded.compose(v -> invoke(handler, events)).transform(outcome -> {
      if (consumer == null || !consumerTag.equals(consumer.consumerTag())) {
        return Future.succeededFuture();
      }
      if (outcome.succeeded()) {
        failuresInARow = 0;
        return client.basicAck(tag, true);
      }
      LOG.warn("Handling {} events up to {} {} failed, they go back on the queue: {}", events.size(),
          events.get(events.size() - 1).eventType(), events.get(events.size() - 1).eventId(), outcome.cause().toString());
      return client.basicNack(tag, true, true).eventually(this::pauseAfterFailure);
    });
  }

  /**
   * Delivery tags belong to a channel. After a reconnect the broker has already requeued what the
   * old channel had delivered, so those messages are neither handled nor acknowledged here.
   */
  private boolean fromCurrentConsumer(RabbitMQMessage message) {
    return message.consumerTag() != null && message.consumerTag().equals(consumer.consumerTag());
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

  /** Stops consuming; unacknowledged messages go back to the queue for the next active consumer. */
  public Future<Void> stop() {
    Future<Void> cancelled = consumer == null ? Future.succeededFuture() : consumer.cancel();
    return cancelled.eventually(client::stop);
  }
}
