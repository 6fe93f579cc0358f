package dev.albatross.adapter.rabbitmq;

import io.vertx.rabbitmq.RabbitMQOptions;

/** Client options from {@code amqp://user:pass@host:port/vhost}; the client logs only the host. */
public final class RabbitMqConfig {
  private static final int CONNECT_TIMEOUT_MILLIS = 5_000;
  /** Heartbeats find a connection whose peer vanished without closing it (within two intervals). */
  private static final int HEARTBEAT_SECONDS = 10;

  private RabbitMqConfig() {}

  /**
   * Neither the Java client's recovery nor the Vert.x client's restart: the publisher and the
   * subscriber recover themselves, opening a new client when theirs breaks (RabbitMqConnector).
   */
  public static RabbitMQOptions options(String url, String connectionName) {
    return new RabbitMQOptions()
        .setUri(url)
        .setConnectionName(connectionName)
        .setAutomaticRecoveryEnabled(false)
        .setAutomaticRecoveryOnInitialConnection(false)
        .setReconnectAttempts(0)
        .setConnectionTimeout(CONNECT_TIMEOUT_MILLIS)
        .setHandshakeTimeout(CONNECT_TIMEOUT_MILLIS)
        .setRequestedHeartbeat(HEARTBEAT_SECONDS);
  }
}
