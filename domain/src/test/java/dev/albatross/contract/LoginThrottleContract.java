package dev.albatross.contract;

import static dev.albatross.contract.Async.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.albatross.domain.port.LoginThrottle;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** What every {@link LoginThrottle} promises: a sliding window of failures per key. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class LoginThrottleContract {

  private static final int MAX_FAILURES = 3;
  private static final Duration WINDOW = Duration.ofMinutes(15);
  private static final Instant T0 = Instant.parse("2024-05-01T10:00:00Z");

  /** A throttle locking a key once {@code maxFailures} fall within {@code window}. */
  protected abstract LoginThrottle throttle(int maxFailures, Duration window);

  private LoginThrottle throttle;
  private String key;

  @BeforeEach
  void freshThrottle() {
    throttle = throttle(MAX_FAILURES, WINDOW);
    key = "pilot-" + UUID.randomUUID() + "@example.com";
  }

  private void fail(String key, Instant at) {
    await(throttle.recordFailure(key, at));
  }

  private static Instant at(long seconds) {
    return T0.plusSeconds(seconds);
  }

  @Test
  @DisplayName("a key with fewer failures than the limit is not locked")
  void belowLimit() {
    assertThat(await(throttle.lockedFor(key, at(0)))).isEmpty();
    fail(key, at(0));
    fail(key, at(10));

    assertThat(await(throttle.lockedFor(key, at(20)))).isEmpty();
  }

  @Test
  @DisplayName("the limit within the window locks the key until the oldest counted failure leaves it")
  void locks() {
    fail(key, at(0));
    fail(key, at(10));
    fail(key, at(20));

    assertThat(await(throttle.lockedFor(key, at(30)))).contains(WINDOW.minusSeconds(30));

    fail(key, at(40));
    assertThat(await(throttle.lockedFor(key, at(50)))).contains(WINDOW.minusSeconds(40));
  }

  @Test
  @DisplayName("two failures at the same instant count twice")
  void sameInstant() {
    fail(key, at(5));
    fail(key, at(5));
    fail(key, at(5));

    assertThat(await(throttle.lockedFor(key, at(5)))).contains(WINDOW);
  }

  @Test
  @DisplayName("failures older than the window no longer count")
  void slides() {
    fail(key, at(0));
    fail(key, at(10));
    fail(key, at(20));

    assertThat(await(throttle.lockedFor(key, at(WINDOW.toSeconds() - 1)))).contains(Duration.ofSeconds(1));
    assertThat(await(throttle.lockedFor(key, at(WINDOW.toSeconds())))).isEmpty();
    assertThat(await(throttle.lockedFor(key, at(WINDOW.toSeconds() + 15)))).isEmpty();

    fail(key, at(WINDOW.toSeconds() + 16));
    fail(key, at(WINDOW.toSeconds() + 17));
    assertThat(await(throttle.lockedFor(key, at(WINDOW.toSeconds() + 18)))).contains(Duration.ofSeconds(2));
  }

  @Test
  @DisplayName("reset forgets a key's failures; other keys keep theirs")
  void reset() {
    String other = "other-" + key;
    for (int i = 0; i < MAX_FAILURES; i++) {
      fail(key, at(i));
      fail(other, at(i));
    }

    await(throttle.reset(key));

    assertThat(await(throttle.lockedFor(key, at(10)))).isEmpty();
    assertThat(await(throttle.lockedFor(other, at(10)))).isPresent();
  }
}
