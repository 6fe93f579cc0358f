package dev.albatross.adapter.redis;

import dev.albatross.domain.port.Notifier;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.redis.client.RedisAPI;

/**
 * Publishes live notifications on one Redis channel as {@code {"address": ..., "body": ...}}, the
 * shape of the in-process notifications; every gateway's {@link RedisNotificationSubscriber}
 * forwards them to its local event bus. At-most-once: no subscriber, no delivery.
 */
public final class RedisNotifier implements Notifier {
  public static final String DEFAULT_CHANNEL = "albatross.notifications";

  private final RedisAPI redis;
  private final String channel;

  public RedisNotifier(RedisAPI redis, String channel) {
    this.redis = redis;
    this.channel = channel;
  }

  @Override
  public Future<Void> notify(String address, JsonObject body) {
    return redis.publish(channel, new JsonObject().put("address", address).put("body", body).encode()).mapEmpty();
  }
}
