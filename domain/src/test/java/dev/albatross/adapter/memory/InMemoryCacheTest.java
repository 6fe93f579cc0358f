package dev.albatross.adapter.memory;

import static dev.albatross.contract.Async.await;
import static dev.albatross.contract.Async.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import dev.albatross.contract.CacheContract;
import dev.albatross.domain.port.Cache;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class InMemoryCacheTest extends CacheContract {
  private static final Duration LONG = Duration.ofMinutes(5);

  @Override
  protected Cache emptyCache() {
    return new InMemoryCache();
  }

  @Test
  @DisplayName("lets go of expired entries when only reads follow the writes")
  void sweepsOnReads() {
    InMemoryCache cache = new InMemoryCache();
    for (int i = 0; i < 20_000; i++) {
      await(cache.put("key " + i, "value " + i, Duration.ofMillis(50)));
    }

    eventually(Duration.ofSeconds(5), () -> {
      assertThat(await(cache.get("key 1"))).isEmpty();
      assertThat(cache.held()).isZero();
    });
  }

  @Test
  @DisplayName("holds at most its capacity, letting the entry written longest ago go first")
  void bounded() {
    InMemoryCache cache = new InMemoryCache(3);
    await(cache.put("a", "1", LONG));
    await(cache.put("b", "2", LONG));
    await(cache.put("c", "3", LONG));
    await(cache.put("a", "1 again", LONG));
    await(cache.putIfAbsent("d", "4", LONG));

    assertThat(cache.held()).isEqualTo(3);
    assertThat(await(cache.get("b"))).isEmpty();
    assertThat(await(cache.get("a"))).contains("1 again");
    assertThat(await(cache.get("c"))).contains("3");
    assertThat(await(cache.get("d"))).contains("4");
  }
}
