package dev.albatross.adapter.redis;

import static dev.albatross.contract.Async.await;

import dev.albatross.adapter.TestServices;
import io.vertx.core.Vertx;
import io.vertx.redis.client.Redis;
import io.vertx.redis.client.RedisAPI;
import io.vertx.redis.client.Response;
import java.util.ArrayList;
import java.util.List;

/** A key prefix of its own on ALBATROSS_TEST_REDIS_URL; {@link #close} deletes every key under it. */
final class RedisTestKeys implements AutoCloseable {
  final Vertx vertx = Vertx.vertx();
  final Redis client = RedisConfig.client(vertx, TestServices.redisUrl());
  final RedisAPI redis = RedisAPI.api(client);
  final String prefix = TestServices.uniqueName("albatross-test") + ":";

  @Override
  public void close() {
    List<String> keys = new ArrayList<>();
    for (Response key : await(redis.keys(prefix + "*"))) {
      keys.add(key.toString());
    }
    if (!keys.isEmpty()) {
      await(redis.del(keys));
    }
    redis.close();
    await(vertx.close());
  }
}
