package dev.albatross.adapter.rabbitmq;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.rabbitmq.RabbitMQClient;
import io.vertx.rabbitmq.RabbitMQOptions;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens RabbitMQ clients, each with a connection and a channel of its own, prepared (topology,
 * prefetch, confirms) before anyone uses it, every step under a deadline. The client's own
 * reconnection stays off (RabbitMqConfig): it reuses one client across connections, recreates
 * a closed channel behind its user's back, and so lets a delivery tag from the old channel be
 * acknowledged on the new one. Here a broken client is thrown away whole and a new one opened;
 * tags of the old one are never used again.
 */
final class RabbitMqConnector {
  private static final Logger LOG = LoggerFactory.getLogger(RabbitMqConnector.class);
  static final Duration OPEN_DEADLINE = Duration.ofSeconds(10);
  static final Duration CLOSE_DEADLINE = Duration.ofSeconds(5);

  private final Vertx vertx;
  private final RabbitMQOptions options;
  private final Function<RabbitMQClient, Future<Void>> prepare;

  RabbitMqConnector(Vertx vertx, RabbitMQOptions options, Function<RabbitMQClient, Future<Void>> prepare) {
    this.vertx = vertx;
    this.options = options;
    this.prepare = prepare;
  }

  /** A started, prepared client, or a failure within the deadline (the half-opened client closed). */
  Future<RabbitMQClient> open() {
    RabbitMQClient client = RabbitMQClient.create(vertx, new RabbitMQOptions(options));
    return client.start()
        .compose(v -> prepare.apply(client))
        .timeout(OPEN_DEADLINE.toMillis(), TimeUnit.MILLISECONDS)
        .map(client)
        .onFailure(failure -> close(client));
  }

  /** Closes a client that is no longer wanted; its failure or a hang is of no interest. */
  static void close(RabbitMQClient client) {
    client.stop()
        .timeout(CLOSE_DEADLINE.toMillis(), TimeUnit.MILLISECONDS)
        .onFailure(failure -> LOG.debug("Closing a discarded RabbitMQ client: {}", failure.toString()));
  }

  /** Whether the client's connection and channel are both still open. */
  static boolean usable(RabbitMQClient client) {
    return client != null && client.isConnected() && client.isOpenChannel();
  }
}
