package dev.albatross.adapter.journal;

import static dev.albatross.contract.Async.await;
import static dev.albatross.contract.TestEvents.T0;
import static dev.albatross.contract.TestEvents.anyEvent;
import static dev.albatross.contract.TestEvents.metadata;
import static dev.albatross.contract.TestEvents.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.albatross.domain.port.FeedPosition;
import dev.albatross.domain.port.RecordedEvent;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Prints what a rebuild of the read models would see: how fast the feed reads back in the
 * rebuild's batches, how long start-up takes, and what the index costs in heap. Figures only;
 * timing is no assertion on a shared machine.
 */
class JournalReplaySpeedTest {
  private static final int EVENTS = 200_000;
  private static final int WINDOW = 2_000;
  private static final int BATCH = 4_000;

  private final Vertx vertx = Vertx.vertx();
  @TempDir
  Path dir;

  @AfterEach
  void closeVertx() {
    await(vertx.close());
  }

  @Test
  @DisplayName("200,000 events read back in batches of 4000, with the figures printed")
  void replay() {
    JournalEventStore writing = await(JournalEventStore.open(vertx, dir));
    long started = System.nanoTime();
    for (int i = 0; i < EVENTS; i += WINDOW) {
      await(Future.all(IntStream.range(0, WINDOW).mapToObj(n -> appendOne(writing)).toList()));
    }
    print("appended", EVENTS, started);
    await(writing.close());

    long heapBefore = usedHeap();
    started = System.nanoTime();
    JournalEventStore store = await(JournalEventStore.open(vertx, dir));
    print("opened (scan and index)", EVENTS, started);
    System.out.printf("journal index: %.1f MiB of heap for %d events%n", (usedHeap() - heapBefore) / 1048576.0, EVENTS);

    assertThat(readAll(store, "replayed (first pass)")).isEqualTo(EVENTS);
    assertThat(readAll(store, "replayed (second pass)")).isEqualTo(EVENTS);
    await(store.close());
  }

  private static Future<List<RecordedEvent>> appendOne(JournalEventStore store) {
    return store.append(List.of(write(UUID.randomUUID(), 0, anyEvent("replayed"))), metadata(T0));
  }

  private static int readAll(JournalEventStore store, String what) {
    long started = System.nanoTime();
    FeedPosition after = FeedPosition.START;
    int read = 0;
    List<RecordedEvent> batch;
    while (!(batch = await(store.readAfter(after, BATCH))).isEmpty()) {
      read += batch.size();
      after = batch.get(batch.size() - 1).feedPosition();
    }
    print(what, read, started);
    return read;
  }

  private static void print(String what, int events, long startedNanos) {
    double seconds = (System.nanoTime() - startedNanos) / 1e9;
    System.out.printf("journal %s: %d events in %.2f s, %.0f events/s%n", what, events, seconds, events / seconds);
  }

  private static long usedHeap() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
