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
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Consumes the projections queue with manual acknowledgements: a message is acked only after the
 * handler's future succeeded, and nacked back onto the queue when it failed, after which
 * consumption pauses (backing off while failures repeat). Messages are handled one at a time.
 * With the default prefetch of one, a nacked message is the next one delivered, so events are
 * handled in publication order even across failures.
 */
public final class RabbitMqEventSubscriber implements EventSubscriber {
  public static final int DEFAULT_PREFETCH = 1;

  private static final Logger LOG = LoggerFactory.getLogger(RabbitMqEventSubscriber.class);
  private static final Duration FIRST_RETRY_PAUSE = Duration.ofMillis(200);
  private static final Duration MAX_RETRY_PAUSE = Duration.ofSeconds(5);

  private final Vertx vertx;
  private final RabbitMQClient client;
  private final RabbitMqTopology topology;
  private final int prefetch;
  private RabbitMQConsumer consumer;
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
  public Future<Void> subscribe(Function<RecordedEvent, Future<Void>> handler) {
    Context context = vertx.getOrCreateContext();
    Promise<Void> consuming = Promise.promise();
    context.runOnContext(v -> consume(context, handler).onComplete(consuming));
    return consuming.future();
  }

  /** Runs on {@code context}, which then delivers every message; handling resumes there too. */
  private Future<Void> consume(Context context, Function<RecordedEvent, Future<Void>> handler) {
    return client.start()
        .compose(v -> prepareChannel())
        .compose(v -> client.basicConsumer(topology.queue(), new QueueOptions().setAutoAck(false)))
        .map(started -> {
          consumer = started;
          started.handler(message -> {
            started.pause();
            handle(message, handler).onComplete(done -> context.runOnContext(v -> started.resume()));
          });
          return null;
        });
  }

  private Future<Void> handle(RabbitMQMessage message, Function<RecordedEvent, Future<Void>> handler) {
    if (!fromCurrentConsumer(message)) {
      return Future.succeededFuture();
    }
    long tag = message.envelope().getDeliveryTag();
    RecordedEvent event;
    try {
      event = EventCodec.recorded(message.body().getBytes());
    } catch (IllegalArgumentException unreadable) {
      LOG.error("Discarding unreadable message {} from {}", message.properties().getMessageId(), topology.queue());
      return client.basicNack(tag, false, false);
    }
    return invoke(handler, event).transform(outcome -> {
      if (!fromCurrentConsumer(message)) {
        return Future.succeededFuture();
      }
      if (outcome.succeeded()) {
        failuresInARow = 0;
        return client.basicAck(tag, false);
      }
      LOG.warn("Handling {} {} failed, it goes back on the queue: {}",
          event.eventType(), event.eventId(), outcome.cause().toString());
      return client.basicNack(tag, false, true).eventually(this::pauseAfterFailure);
    });
  }

  /**
   * Delivery tags belong to a channel. After a reconnect the broker has already requeued what the
   * old channel had delivered, so those messages are neither handled nor acknowledged here.
   */
  private boolean fromCurrentConsumer(RabbitMQMessage message) {
    return message.consumerTag() != null && message.consumerTag().equals(consumer.consumerTag());
  }

  private static Future<Void> invoke(Function<RecordedEvent, Future<Void>> handler, RecordedEvent event) {
    try {
      return handler.apply(event);
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
