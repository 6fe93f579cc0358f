package dev.albatross.adapter.redis;

import dev.albatross.domain.port.Notifier;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.redis.client.Command;
import io.vertx.redis.client.Redis;
import io.vertx.redis.client.Request;
import java.util.List;
import java.util.function.Function;

/**
 * Publishes live notifications on one Redis channel as {@code {"address": ..., "body": ...}}, the
 * shape of the in-process notifications; every gateway's {@link RedisNotificationSubscriber}
 * forwards them to its local event bus. At-most-once: no subscriber, no delivery. The
 * notifications of one call are pipelined on one connection, so they arrive in their order.
 */
public final class RedisNotifier implements Notifier {
  public static final String DEFAULT_CHANNEL = "albatross.notifications";

  private final Redis client;
  private final String channel;
  private final Function<Notification, JsonObject> encode;

  /** {@code encode} gives a notification its address and body (the HTTP edge's form). */
  public RedisNotifier(Redis client, String channel, Function<Notification, JsonObject> encode) {
    this.client = client;
    this.channel = channel;
    this.encode = encode;
  }

  @Override
  public Future<Void> notify(List<Notification> notifications) {
    return client.batch(notifications.stream()
        .map(n -> Request.cmd(Command.PUBLISH).arg(channel)
            .arg(encode.apply(n).encode()))
        .toList()).mapEmpty();
  }
}
