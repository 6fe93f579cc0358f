package dev.albatross.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Backoff")
class BackoffTest {
  private final Backoff backoff = new Backoff(Duration.ofMillis(100), Duration.ofSeconds(5));

  @Test
  @DisplayName("doubles each pause up to the ceiling, each between half and all of its nominal length")
  void doublesWithJitter() {
    long[] nominal = {100, 200, 400, 800, 1_600, 3_200, 5_000, 5_000};
    for (long n : nominal) {
      assertThat(backoff.nextMillis()).isBetween(n / 2, n);
    }
  }

  @Test
  @DisplayName("draws pauses of one length at random, so that processes failing together do not return together")
  void jittered() {
    Set<Long> drawn = new HashSet<>();
    IntStream.range(0, 50).forEach(i -> drawn.add(backoff.pauseMillis(5)));
    assertThat(drawn).hasSizeGreaterThan(10).allSatisfy(p -> assertThat(p).isBetween(1_600L, 3_200L));
  }

  @Test
  @DisplayName("starts from the first pause again after a success")
  void resets() {
    IntStream.range(0, 6).forEach(i -> backoff.nextMillis());
    backoff.reset();
    assertThat(backoff.nextMillis()).isBetween(50L, 100L);
  }
}
