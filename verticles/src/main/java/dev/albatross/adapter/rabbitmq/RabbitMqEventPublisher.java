package dev.albatross.adapter.rabbitmq;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.BasicProperties;
import dev.albatross.adapter.Backoff;
import dev.albatross.adapter.codec.EventCodec;
import dev.albatross.domain.port.EventPublisher;
import dev.albatross.domain.port.RecordedEvent;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.VerticleBase;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.rabbitmq.RabbitMQClient;
import io.vertx.rabbitmq.RabbitMQOptions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes events as persistent protobuf envelopes with publisher confirms: {@link #publish}
 * succeeds only once the broker has confirmed every message, so the relay may checkpoint them.
 * Publications are serialised, keeping their order. A publication that fails or outlasts its
 * deadline throws its client away; the next one opens a new client after a jittered pause.
 *
 * <p>A verticle, so that its client, its timers and its state belong to one context: the relay
 * and the pipeline's watch call it from their own, and each call hops onto this one and answers
 * on the caller's. Undeploying it closes its client.
 */
public final class RabbitMqEventPublisher extends VerticleBase implements EventPublisher {
  static final String CONTENT_TYPE = "application/x-protobuf";
  private static final Logger LOG = LoggerFactory.getLogger(RabbitMqEventPublisher.class);
  private static final long CONFIRM_TIMEOUT_MILLIS = 10_000;
  /** A publication's whole deadline: its messages and the wait for their confirms. */
  private static final Duration PUBLISH_DEADLINE = Duration.ofSeconds(15);
  private static final Duration KEEP_ALIVE = Duration.ofSeconds(1);

  private final RabbitMQOptions options;
  private final RabbitMqTopology topology;
  private RabbitMqConnector connector;
  private final Backoff backoff = new Backoff(Duration.ofMillis(200), Duration.ofSeconds(5));
  private Future<Void> tail = Future.succeededFuture();
  /** The client publications use; null until one is open, and after it broke. */
  private volatile RabbitMQClient client;
  /** How long to wait before the next attempt to open a client: none after a success. */
  private long pauseMillis;
  private long keepAlive;

  public RabbitMqEventPublisher(RabbitMQOptions options, RabbitMqTopology topology) {
    this.options = options;
    this.topology = topology;
  }

  /**
   * Connects, declares the topology and turns confirms on: fails if the broker cannot be reached
   * now. From then on a broken client is replaced within a second even while nothing is published,
   * so that health tells the truth and the next events need not wait for a connection.
   */
  @Override
  public Future<?> start() {
    connector = new RabbitMqConnector(vertx, options, c -> topology.declare(c).compose(v -> c.confirmSelect()));
    return connector.open().onSuccess(opened -> {
      client = opened;
      keepAlive = vertx.setPeriodic(KEEP_ALIVE.toMillis(), id -> {
        if (!connected()) {
          publish(List.of());
        }
      });
    }).mapEmpty();
  }

  @Override
  public Future<?> stop() {
    vertx.cancelTimer(keepAlive);
    RabbitMQClient current = client;
    client = null;
    return current == null ? Future.succeededFuture() : current.stop();
  }

  public boolean connected() {
    return RabbitMqConnector.usable(client);
  }

  @Override
  public Future<Void> publish(List<RecordedEvent> events) {
    return onOwnContext(() -> {
      Future<Void> published = tail.transform(previous -> client().compose(c -> publishAndConfirm(c, events)
          .timeout(PUBLISH_DEADLINE.toMillis(), TimeUnit.MILLISECONDS)
          .onFailure(failure -> discard(c, failure))));
      tail = published;
      return published;
    });
  }

  /** Runs {@code action} on this verticle's context; its outcome is answered on the caller's. */
  private <T> Future<T> onOwnContext(Supplier<Future<T>> action) {
    Context caller = Vertx.currentContext();
    if (caller == context) {
      return action.get();
    }
    Promise<T> answered = Promise.promise();
    context.runOnContext(v -> action.get().onComplete(outcome -> {
      if (caller == null) {
        answered.handle(outcome);
      } else {
        caller.runOnContext(x -> answered.handle(outcome));
      }
    }));
    return answered.future();
  }

  /**
   * Discards a client whose channel or connection closed, or that failed a publication: a new
   * one is opened for the next publication. The watchdog calls this for a publisher it finds
   * stuck.
   */
  @Override
  public void restart(String reason) {
    context.runOnContext(v -> {
      RabbitMQClient current = client;
      if (current != null) {
        discard(current, new IllegalStateException(reason));
      }
    });
  }

  private void discard(RabbitMQClient broken, Throwable why) {
    if (client == broken) {
      client = null;
      LOG.warn("RabbitMQ publisher: dropping its connection and opening a new one ({})", why.toString());
      RabbitMqConnector.close(broken);
    }
  }

  /** The open client, or a new one after a pause that grows while opening fails. */
  private Future<RabbitMQClient> client() {
    RabbitMQClient current = client;
    if (RabbitMqConnector.usable(current)) {
      return Future.succeededFuture(current);
    }
    if (current != null) {
      discard(current, new IllegalStateException("its channel or connection closed"));
    }
    Promise<Void> paused = Promise.promise();
    if (pauseMillis == 0) {
      paused.complete();
    } else {
      vertx.setTimer(pauseMillis, id -> paused.complete());
    }
    return paused.future().compose(v -> connector.open()).andThen(opened -> {
      if (opened.succeeded()) {
        backoff.reset();
        pauseMillis = 0;
        client = opened.result();
        LOG.info("RabbitMQ publisher connected");
      } else {
        pauseMillis = backoff.nextMillis();
        LOG.warn("RabbitMQ publisher could not connect, next attempt in {} ms: {}", pauseMillis,
            opened.cause().toString());
      }
    });
  }

  /**
   * Hands every message and the wait for their confirms to the client at once, from this
   * verticle's context: the client runs a context's blocking calls one after another, in the
   * order given, so one worker thread publishes the batch and waits, without a trip back to the
   * event loop between messages. Should a message fail, those after it may still go out: the
   * relay publishes the whole batch again, and the projections take an event that arrives early
   * or twice in their stride.
   */
  private Future<Void> publishAndConfirm(RabbitMQClient channel, List<RecordedEvent> events) {
    List<Future<Void>> steps = new ArrayList<>(events.size() + 1);
    for (RecordedEvent e : events) {
      steps.add(channel.basicPublish(topology.exchange(), RabbitMqTopology.routingKey(e), properties(e),
          Buffer.buffer(EventCodec.envelope(e).toByteArray())));
    }
    steps.add(channel.waitForConfirms(CONFIRM_TIMEOUT_MILLIS));
    return Future.join(steps).mapEmpty();
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
