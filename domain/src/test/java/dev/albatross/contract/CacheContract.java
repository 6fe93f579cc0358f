package dev.albatross.contract;

import static dev.albatross.contract.Async.await;
import static dev.albatross.contract.Async.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import dev.albatross.domain.port.Cache;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** What every {@link Cache} promises. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class CacheContract {

  private static final Duration LONG = Duration.ofMinutes(5);

  /** Called before each test: a cache holding no entry. */
  protected abstract Cache emptyCache();

  private Cache cache;

  @BeforeEach
  void freshCache() {
    cache = emptyCache();
  }

  @Test
  @DisplayName("a key never put is a miss")
  void miss() {
    assertThat(await(cache.get("nothing"))).isEmpty();
  }

  @Test
  @DisplayName("gives back the latest value put")
  void putAndGet() {
    await(cache.put("tenant:1", "{\"name\":\"Albatross Air\"}", LONG));
    assertThat(await(cache.get("tenant:1"))).contains("{\"name\":\"Albatross Air\"}");

    await(cache.put("tenant:1", "{\"name\":\"Renamed\"}", LONG));
    assertThat(await(cache.get("tenant:1"))).contains("{\"name\":\"Renamed\"}");
  }

  @Test
  @DisplayName("puts many entries at once, in order: of two for one key, the later stays; one with no time left is a miss")
  void putAll() {
    await(cache.put("stale", "old", LONG));
    await(cache.put("dropped", "old", LONG));
    await(cache.putAll(List.of(
        new Cache.Entry("first", "1", LONG),
        new Cache.Entry("stale", "new", LONG),
        new Cache.Entry("first", "2", LONG),
        new Cache.Entry("dropped", "none left", Duration.ZERO),
        new Cache.Entry("brief", "gone soon", Duration.ofSeconds(1)))));

    assertThat(await(cache.get("first"))).contains("2");
    assertThat(await(cache.get("stale"))).contains("new");
    assertThat(await(cache.get("dropped"))).isEmpty();
    assertThat(await(cache.get("brief"))).contains("gone soon");
    eventually(() -> assertThat(await(cache.get("brief"))).isEmpty());
    await(cache.putAll(List.of()));
    assertThat(await(cache.get("first"))).contains("2");
  }

  @Test
  @DisplayName("an invalidated key is a miss, and other keys stay")
  void invalidate() {
    await(cache.put("a", "1", LONG));
    await(cache.put("b", "2", LONG));

    await(cache.invalidate("a"));
    await(cache.invalidate("never-there"));

    assertThat(await(cache.get("a"))).isEmpty();
    assertThat(await(cache.get("b"))).contains("2");
  }

  @Test
  @DisplayName("put-if-absent fills a miss and never overwrites a live entry")
  void putIfAbsent() {
    await(cache.putIfAbsent("fresh", "first", LONG));
    await(cache.putIfAbsent("fresh", "stale", LONG));
    assertThat(await(cache.get("fresh"))).contains("first");

    await(cache.put("short", "old", Duration.ofMillis(200)));
    eventually(Duration.ofSeconds(3), () -> assertThat(await(cache.get("short"))).isEmpty());
    await(cache.putIfAbsent("short", "new", LONG));
    assertThat(await(cache.get("short"))).contains("new");
  }

  @Test
  @DisplayName("an entry vanishes after its time to live")
  void expires() {
    await(cache.put("short", "lived", Duration.ofMillis(200)));
    assertThat(await(cache.get("short"))).contains("lived");

    eventually(Duration.ofSeconds(3), () -> assertThat(await(cache.get("short"))).isEmpty());
  }

  @Test
  @DisplayName("keeps any text as it was put")
  void anyText() {
    String text = "ünïcödé ✈ \"quoted\"\nline two";
    await(cache.put("text", text, LONG));
    assertThat(await(cache.get("text"))).contains(text);
  }
}
