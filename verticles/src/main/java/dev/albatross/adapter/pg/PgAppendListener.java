package dev.albatross.adapter.pg;

import dev.albatross.adapter.Backoff;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.pubsub.PgChannel;
import io.vertx.pgclient.pubsub.PgSubscriber;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * LISTENs on the channel appenders notify after commit ({@link PgAppendAnnouncer}), on a
 * connection of its own that is re-opened with backoff when lost. Notifications sent while disconnected are lost, so every
 * (re)subscription also wakes the listeners once: they catch up by reading.
 */
final class PgAppendListener {
  static final String CHANNEL = "albatross_events";

  private static final Logger LOG = LoggerFactory.getLogger(PgAppendListener.class);

  private final Vertx vertx;
  private final PgConnectOptions options;
  private final List<Runnable> wakes = new CopyOnWriteArrayList<>();
  /** Pauses between attempts to listen again, jittered so that processes do not come back in step. */
  private final Backoff reconnects = new Backoff(Duration.ofMillis(100), Duration.ofSeconds(5));
  private PgSubscriber subscriber;
  private Future<Void> listening;

  PgAppendListener(Vertx vertx, PgConnectOptions options) {
    this.vertx = vertx;
    this.options = options;
  }

  synchronized Future<Void> add(Runnable wake) {
    wakes.add(wake);
    if (listening == null) {
      listening = listen().onFailure(e -> forgetSubscriber());
    }
    return listening;
  }

  private Future<Void> listen() {
    Promise<Void> subscribed = Promise.promise();
    subscriber = PgSubscriber.subscriber(vertx, options)
        .reconnectPolicy(reconnects::pauseMillis);
    PgChannel channel = subscriber.channel(CHANNEL);
    channel.subscribeHandler(v -> {
      if (!subscribed.tryComplete()) {
        LOG.info("Listening for appended events again");
      }
      wakeAll();
    });
    channel.handler(payload -> wakeAll());
    return subscriber.connect().compose(v -> subscribed.future());
  }

  private synchronized void forgetSubscriber() {
    PgSubscriber failed = subscriber;
    subscriber = null;
    listening = null;
    if (failed != null) {
      failed.close();
    }
  }

  private void wakeAll() {
    for (Runnable wake : wakes) {
      try {
        wake.run();
      } catch (RuntimeException e) {
        LOG.warn("An append listener failed: {}", e.toString());
      }
    }
  }

  synchronized Future<Void> close() {
    wakes.clear();
    PgSubscriber open = subscriber;
    subscriber = null;
    listening = null;
    return open == null ? Future.succeededFuture() : open.close();
  }
}
