package dev.albatross.adapter.redis;

import dev.albatross.contract.CacheContract;
import dev.albatross.domain.port.Cache;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class RedisCacheTest extends CacheContract {
  private RedisTestKeys keys;

  @BeforeAll
  void openRedis() {
    keys = new RedisTestKeys();
  }

  @AfterAll
  void removeKeys() {
    keys.close();
  }

  @Override
  protected Cache emptyCache() {
    return new RedisCache(keys.client, keys.prefix + UUID.randomUUID() + ":");
  }
}
