package dev.albatross.adapter.memory;

import dev.albatross.contract.LoginThrottleContract;
import dev.albatross.domain.port.LoginThrottle;
import java.time.Duration;

class InMemoryLoginThrottleTest extends LoginThrottleContract {
  @Override
  protected LoginThrottle throttle(int maxFailures, Duration window) {
    return new InMemoryLoginThrottle(maxFailures, window);
  }
}
