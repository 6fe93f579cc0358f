package dev.albatross.adapter.rabbitmq;

import io.vertx.rabbitmq.RabbitMQOptions;

/** Client options from {@code amqp://user:pass@host:port/vhost}; the client logs only the host. */
public final class RabbitMqConfig {
  private static final long RECONNECT_INTERVAL_MILLIS = 1_000;

  private RabbitMqConfig() {}

  /**
   * Fails fast if the broker is unreachable at start; once connected, reconnects for as long as it
   * takes (Vert.x restarts; the Java client's own recovery stays off, the two exclude each other).
   */
  public static RabbitMQOptions options(String url, String connectionName) {
    return new RabbitMQOptions()
        .setUri(url)
        .setConnectionName(connectionName)
        .setAutomaticRecoveryEnabled(false)
        .setAutomaticRecoveryOnInitialConnection(false)
        .setReconnectAttempts(Integer.MAX_VALUE)
        .setReconnectInterval(RECONNECT_INTERVAL_MILLIS);
  }
}
