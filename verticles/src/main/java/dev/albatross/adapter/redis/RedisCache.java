package dev.albatross.adapter.redis;

import dev.albatross.domain.port.Cache;
import io.vertx.core.Future;
import io.vertx.redis.client.Command;
import io.vertx.redis.client.Redis;
import io.vertx.redis.client.RedisAPI;
import io.vertx.redis.client.Request;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** The cache in Redis strings under a key prefix; Redis expires entries by their time to live. */
public final class RedisCache implements Cache {
  public static final String DEFAULT_PREFIX = "albatross:cache:";

  private final Redis client;
  private final RedisAPI redis;
  private final String prefix;

  public RedisCache(Redis client, String prefix) {
    this.client = client;
    this.redis = RedisAPI.api(client);
    this.prefix = prefix;
  }

  @Override
  public Future<Optional<String>> get(String key) {
    return redis.get(prefix + key).map(value -> Optional.ofNullable(value).map(Object::toString));
  }

  @Override
  public Future<Void> put(String key, String value, Duration ttl) {
    return client.send(write(new Entry(key, value, ttl))).mapEmpty();
  }

  /** The writes pipelined on one connection, which Redis runs in the order they were sent. */
  @Override
  public Future<Void> putAll(List<Entry> entries) {
    return client.batch(entries.stream().map(this::write).toList()).mapEmpty();
  }

  /** A SET with its time to live; an entry that has none left is deleted. */
  private Request write(Entry entry) {
    if (entry.ttl().toMillis() <= 0) {
      return Request.cmd(Command.DEL).arg(prefix + entry.key());
    }
    return Request.cmd(Command.SET).arg(prefix + entry.key()).arg(entry.value()).arg("PX").arg(entry.ttl().toMillis());
  }

  @Override
  public Future<Void> putIfAbsent(String key, String value, Duration ttl) {
    return redis.set(List.of(prefix + key, value, "PX", Long.toString(Math.max(1, ttl.toMillis())), "NX")).mapEmpty();
  }

  @Override
  public Future<Void> invalidate(String key) {
    return redis.del(List.of(prefix + key)).mapEmpty();
  }
}
