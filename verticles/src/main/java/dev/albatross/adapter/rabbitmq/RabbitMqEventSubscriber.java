package dev.albatross.adapter.rabbitmq;

import dev.albatross.adapter.Backoff;
import dev.albatross.adapter.codec.EventCodec;
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
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Consumes the projections queue with manual acknowledgements, in batches: the deliveries that
 * arrived while the previous batch was handled (at most the prefetch) go to the handler
 * together, and are acked together once its future succeeded. When it failed, the same events go
 * to the handler again after a pause, ahead of those that arrived meanwhile, so events are
 * handled in publication order even across failures.
 *
 * <p>Each connection is a session of its own. A session whose channel or connection closed, whose
 * consumer was cancelled, or whose acknowledgement failed is thrown away and a new one opened
 * after a jittered pause; the broker requeues what the old one had delivered, and those
 * deliveries are neither handled nor acknowledged any more: a tag is only ever acknowledged on
 * the channel that delivered it. Everything here runs on the context that subscribed.
 */
public final class RabbitMqEventSubscriber implements EventSubscriber {
  public static final int DEFAULT_PREFETCH = 1;
  /**
   * Deliveries the broker may have in flight to the worker's projections, the most one batch can
   * hold. An event redelivered after a restart is at or below its row's version and ignored.
   */
  public static final int PROJECTIONS_PREFETCH = 64;

  private static final Logger LOG = LoggerFactory.getLogger(RabbitMqEventSubscriber.class);
  private static final Duration CHECK_EVERY = Duration.ofMillis(500);
  private static final Duration ACK_DEADLINE = Duration.ofSeconds(5);
  /** A batch not handled by then counts as failed, and is handled again. */
  private static final Duration HANDLING_DEADLINE = Duration.ofSeconds(30);

  private final Vertx vertx;
  private final RabbitMqTopology topology;
  private final RabbitMqConnector connector;
  private final Backoff reconnects = new Backoff(Duration.ofMillis(200), Duration.ofSeconds(5));
  private final Backoff retries = new Backoff(Duration.ofMillis(200), Duration.ofSeconds(5));
  private final Deliveries inHand = new Deliveries();
  private Context context;
  private Function<List<RecordedEvent>, Future<Void>> handler;
  /** The session whose deliveries are handled; null while none is open, and once stopped. */
  private volatile Session session;
  private boolean reconnecting;
  private boolean stopped;
  private long checkTimer;

  public RabbitMqEventSubscriber(Vertx vertx, RabbitMQOptions options, RabbitMqTopology topology, int prefetch) {
    this.vertx = vertx;
    this.topology = topology;
    this.connector = new RabbitMqConnector(vertx, options,
        client -> client.basicQos(prefetch).compose(v -> topology.declare(client)));
  }

  /** One connection's client and consumer. */
  record Session(RabbitMQClient client, RabbitMQConsumer consumer) {}

  /** Succeeds once the first session consumes: fails if the broker cannot be reached now. */
  @Override
  public Future<Void> subscribe(Function<List<RecordedEvent>, Future<Void>> handler) {
    Context subscriber = vertx.getOrCreateContext();
    Promise<Void> consuming = Promise.promise();
    subscriber.runOnContext(v -> {
      this.context = subscriber;
      this.handler = handler;
      openSession().onSuccess(opened -> {
        checkTimer = vertx.setPeriodic(CHECK_EVERY.toMillis(), id -> check());
      }).<Void>mapEmpty().onComplete(consuming);
    });
    return consuming.future();
  }

  /** Opens a client, consumes with it, and makes it the session; runs on the subscriber's context. */
  private Future<Session> openSession() {
    return connector.open().compose(client -> client.basicConsumer(topology.queue(),
            new QueueOptions().setAutoAck(false))
        .timeout(RabbitMqConnector.OPEN_DEADLINE.toMillis(), TimeUnit.MILLISECONDS)
        .onFailure(failure -> RabbitMqConnector.close(client))
        .map(consumer -> {
          Session opened = new Session(client, consumer);
          if (stopped) {
            RabbitMqConnector.close(client);
            return opened;
          }
          session = opened;
          consumer.handler(message -> {
            receive(opened, message);
            handleNext();
          });
          consumer.exceptionHandler(failure -> context.runOnContext(v -> drop(opened, "its consumer failed: " + failure)));
          consumer.endHandler(v -> context.runOnContext(x -> drop(opened, "its consumer was cancelled")));
          return opened;
        }));
  }

  /** Finds a session whose channel or connection closed under it. */
  private void check() {
    Session current = session;
    if (current != null && !RabbitMqConnector.usable(current.client())) {
      drop(current, "its channel or connection closed");
    }
  }

  /** Discards the watched session (the watchdog's way back for a consumer that makes no progress). */
  @Override
  public void restart(String reason) {
    context.runOnContext(v -> {
      Session current = session;
      if (current != null) {
        drop(current, reason);
      } else {
        reconnect();
      }
    });
  }

  /** Throws a broken session away and opens another; its deliveries in hand are forgotten. */
  private void drop(Session broken, String reason) {
    if (session != broken || stopped) {
      return;
    }
    session = null;
    inHand.forget(broken);
    LOG.warn("RabbitMQ consumer of {}: dropping its session, {}; opening a new one", topology.queue(), reason);
    RabbitMqConnector.close(broken.client());
    reconnect();
  }

  private void reconnect() {
    if (reconnecting || stopped || session != null) {
      return;
    }
    reconnecting = true;
    vertx.setTimer(reconnects.nextMillis(), id -> openSession().onComplete(opened -> {
      reconnecting = false;
      if (opened.succeeded()) {
        reconnects.reset();
        LOG.info("RabbitMQ consumer of {} consumes again", topology.queue());
      } else {
        LOG.warn("RabbitMQ consumer of {} could not reconnect: {}", topology.queue(), opened.cause().toString());
        reconnect();
      }
    }));
  }

  /** Takes an event in hand; an unreadable message is dropped (nacked without requeue) so it cannot stop the queue. */
  private void receive(Session from, RabbitMQMessage message) {
    long tag = message.envelope().getDeliveryTag();
    if (from != session) {
      return;
    }
    try {
      inHand.add(new Deliveries.Delivery(from, tag, EventCodec.recorded(message.body().getBytes())));
    } catch (IllegalArgumentException unreadable) {
      LOG.error("Discarding unreadable message {} from {}", message.properties().getMessageId(), topology.queue());
      from.client().basicNack(tag, false, false);
    }
  }

  private void handleNext() {
    List<Deliveries.Delivery> batch = inHand.nextBatch(session);
    if (batch == null) {
      return;
    }
    handle(batch).onComplete(handled -> context.runOnContext(v -> {
      if (inHand.finished(batch, handled.failed())) {
        handleNext();
      }
    }));
  }

  /**
   * Acks the batch once the handler succeeded; fails, after a pause, when it did not. A batch whose
   * session was dropped meanwhile is left alone: the broker has requeued it.
   */
  private Future<Void> handle(List<Deliveries.Delivery> batch) {
    List<RecordedEvent> events = batch.stream().map(Deliveries.Delivery::event).toList();
    RecordedEvent last = events.get(events.size() - 1);
    Deliveries.Delivery lastDelivery = batch.get(batch.size() - 1);
    // composed, a handler that throws fails the batch as one whose future failed
    Future<Void> handled = Future.succeededFuture(events).compose(handler);
    return handled.timeout(HANDLING_DEADLINE.toMillis(), TimeUnit.MILLISECONDS).transform(outcome -> {
      Session from = lastDelivery.session();
      if (from != session) {
        return Future.succeededFuture();
      }
      if (outcome.succeeded()) {
        retries.reset();
        return from.client().basicAck(lastDelivery.tag(), true)
            .timeout(ACK_DEADLINE.toMillis(), TimeUnit.MILLISECONDS)
            .recover(failure -> {
              context.runOnContext(v -> drop(from, "an acknowledgement failed: " + failure));
              return Future.succeededFuture();
            });
      }
      LOG.warn("Handling {} events up to {} {} failed, they are handled again: {}", events.size(),
          last.eventType(), last.eventId(), outcome.cause().toString());
      return vertx.timer(retries.nextMillis(), TimeUnit.MILLISECONDS)
          .compose(v -> Future.failedFuture(outcome.cause()));
    });
  }

  public boolean connected() {
    Session current = session;
    return current != null && RabbitMqConnector.usable(current.client());
  }

  /**
   * Stops consuming: nothing in hand is handled or acknowledged any more, and what is
   * unacknowledged goes back to the queue for the next active consumer.
   */
  public Future<Void> stop() {
    Promise<Void> stoppedAll = Promise.promise();
    Runnable stopping = () -> {
      stopped = true;
      vertx.cancelTimer(checkTimer);
      Session current = session;
      session = null;
      inHand.clear();
      if (current == null) {
        stoppedAll.complete();
        return;
      }
      current.consumer().cancel().eventually(() -> current.client().stop()).onComplete(stoppedAll);
    };
    if (context == null) {
      stopping.run();
    } else {
      context.runOnContext(v -> stopping.run());
    }
    return stoppedAll.future();
  }
}
