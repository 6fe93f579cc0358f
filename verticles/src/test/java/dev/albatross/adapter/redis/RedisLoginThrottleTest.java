package dev.albatross.adapter.redis;

import dev.albatross.contract.LoginThrottleContract;
import dev.albatross.domain.port.LoginThrottle;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class RedisLoginThrottleTest extends LoginThrottleContract {
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
  protected LoginThrottle throttle(int maxFailures, Duration window) {
    return new RedisLoginThrottle(keys.redis, keys.prefix, maxFailures, window);
  }
}
