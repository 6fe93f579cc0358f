package dev.albatross.adapter.redis;

import io.vertx.core.Vertx;
import io.vertx.redis.client.Redis;
import io.vertx.redis.client.RedisOptions;

/** Client options from {@code redis://host:port}. */
public final class RedisConfig {
  private static final int POOL_SIZE = 8;
  private static final int POOL_WAITING = 256;

  private RedisConfig() {}

  public static RedisOptions options(String url) {
    return new RedisOptions()
        .setConnectionString(url)
        .setMaxPoolSize(POOL_SIZE)
        .setMaxPoolWaiting(POOL_WAITING);
  }

  /** The pooled client for plain commands; pub/sub takes a connection of its own, see {@link RedisNotificationSubscriber}. */
  public static Redis client(Vertx vertx, String url) {
    return Redis.createClient(vertx, options(url));
  }
}
