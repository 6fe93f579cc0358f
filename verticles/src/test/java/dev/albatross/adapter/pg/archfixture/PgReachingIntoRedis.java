package dev.albatross.adapter.pg.archfixture;

import dev.albatross.adapter.redis.RedisConfig;
import dev.albatross.app.Config;
import io.vertx.redis.client.RedisOptions;
import java.util.Optional;

/**
 * Breaks {@code ArchitectureTest.ADAPTERS_ARE_INDEPENDENT} (PostgreSQL reaching into Redis) and
 * {@code ArchitectureTest.ADAPTERS_KNOW_NO_EDGE} (an adapter reading the process configuration).
 */
public final class PgReachingIntoRedis {
  public Optional<RedisOptions> redisOf(Config config) {
    return config.redisUrl().map(RedisConfig::options);
  }
}
