package dev.albatross.adapter.journal;

import static dev.albatross.adapter.journal.JournalTests.recordOffsets;
import static dev.albatross.contract.Async.await;

import io.vertx.core.Vertx;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/** A data directory of its own for each test, and the stores opened on it closed after. */
abstract class JournalDirectoryFixture {
  private final Vertx vertx = Vertx.vertx();
  private final List<JournalEventStore> opened = new ArrayList<>();
  @TempDir
  Path dir;

  JournalEventStore open() {
    return open(JournalEventStore.SEGMENT_BYTES);
  }

  JournalEventStore open(long segmentBytes) {
    JournalEventStore store = await(JournalEventStore.open(vertx, dir, segmentBytes));
    opened.add(store);
    return store;
  }

  void close(JournalEventStore store) {
    await(store.close());
  }

  @AfterEach
  void closeAll() {
    opened.forEach(this::close);
    await(vertx.close());
  }

  static long lastOffset(Path segment) throws IOException {
    List<Long> offsets = recordOffsets(segment);
    return offsets.get(offsets.size() - 1);
  }

  /** What a crash or a bad disk does to a segment file. */
  interface Damage {
    void to(Path segment) throws IOException;
  }
}
