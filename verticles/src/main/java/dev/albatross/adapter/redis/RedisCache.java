package dev.albatross.adapter.redis;

import dev.albatross.domain.port.Cache;
import io.vertx.core.Future;
import io.vertx.redis.client.RedisAPI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** The cache in Redis strings under a key prefix; Redis expires entries by their time to live. */
public final class RedisCache implements Cache {
  public static final String DEFAULT_PREFIX = "albatross:cache:";

  private final RedisAPI redis;
  private final String prefix;

  public RedisCache(RedisAPI redis, String prefix) {
    this.redis = redis;
    this.prefix = prefix;
  }

  @Override
  public Future<Optional<String>> get(String key) {
    return redis.get(prefix + key).map(value -> Optional.ofNullable(value).map(Object::toString));
  }

  @Override
  public Future<Void> put(String key, String value, Duration ttl) {
    if (ttl.toMillis() <= 0) {
      return invalidate(key);
    }
    return redis.set(List.of(prefix + key, value, "PX", Long.toString(ttl.toMillis()))).mapEmpty();
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
