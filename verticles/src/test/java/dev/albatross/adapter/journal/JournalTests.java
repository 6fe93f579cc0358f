package dev.albatross.adapter.journal;

import static dev.albatross.contract.Async.await;
import static dev.albatross.contract.TestEvents.T0;
import static dev.albatross.contract.TestEvents.anyEvent;
import static dev.albatross.contract.TestEvents.metadata;
import static dev.albatross.contract.TestEvents.write;

import dev.albatross.domain.port.FeedPosition;
import dev.albatross.domain.port.RecordedEvent;
import dev.albatross.domain.port.StreamWrite;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** What the journal tests share: appending a few events, reading all back, damaging files. */
final class JournalTests {
  private JournalTests() {}

  static Path firstSegment(Path dir) {
    return dir.resolve("events-00000001.log");
  }

  /** Appends {@code count} events, one append each, to a stream of its own. */
  static List<RecordedEvent> appendEach(JournalEventStore store, int count) {
    List<RecordedEvent> recorded = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      recorded.addAll(append(store, write(UUID.randomUUID(), 0, anyEvent("event " + i))));
    }
    return recorded;
  }

  static List<RecordedEvent> append(JournalEventStore store, StreamWrite... writes) {
    return await(store.append(List.of(writes), metadata(T0)));
  }

  static List<RecordedEvent> all(JournalEventStore store) {
    return await(store.readAfter(FeedPosition.START, Integer.MAX_VALUE));
  }

  /** The byte offset where each record of a segment starts, read from the length fields. */
  static List<Long> recordOffsets(Path segment) throws IOException {
    List<Long> offsets = new ArrayList<>();
    try (FileChannel channel = FileChannel.open(segment, StandardOpenOption.READ)) {
      long offset = 0;
      ByteBuffer header = ByteBuffer.allocate(Records.HEADER);
      while (offset < channel.size()) {
        offsets.add(offset);
        channel.read(header.clear(), offset);
        offset += Records.size(header.flip());
      }
    }
    return offsets;
  }

  static void flipByte(Path file, long offset) throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
      ByteBuffer one = ByteBuffer.allocate(1);
      channel.read(one, offset);
      channel.write(ByteBuffer.wrap(new byte[] {(byte) (one.get(0) ^ 0x5a)}), offset);
    }
  }

  static void truncate(Path file, long length) throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
      channel.truncate(length);
    }
  }
}
