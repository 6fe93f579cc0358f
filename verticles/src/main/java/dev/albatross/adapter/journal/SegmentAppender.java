package dev.albatross.adapter.journal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The end of the journal, where records are gathered and then written and fsync'd together: one
 * {@code force} for a whole batch is what makes group commit cheap. Used by the writer thread only.
 */
final class SegmentAppender implements AutoCloseable {
  private final Segments segments;
  private final JournalIndex index;
  private final long rollBytes;
  private final AtomicLong syncs = new AtomicLong();
  private ByteBuffer pending = ByteBuffer.allocate(1 << 20);
  private FileChannel channel;
  private int segment;
  private long flushed;

  SegmentAppender(Segments segments, JournalIndex index, JournalScanner.Tail tail, long rollBytes)
      throws IOException {
    this.segments = segments;
    this.index = index;
    this.rollBytes = rollBytes;
    this.segment = tail.segment();
    this.flushed = tail.end();
    this.channel = segments.openForWriting(segment);
  }

  /**
   * Makes room for an append of {@code bytes}: a segment that cannot take it whole is finished
   * and the next begun, so no append is ever split across two files.
   */
  void reserve(long bytes) throws IOException {
    if (end() > 0 && end() + bytes > rollBytes) {
      roll();
    }
  }

  /** Gathers a record and answers its location. */
  long add(byte[] payload, boolean endsAppend) {
    int size = Records.size(payload);
    if (pending.remaining() < size) {
      pending = grown(size);
    }
    long location = JournalIndex.location(segment, end());
    Records.write(pending, payload, endsAppend);
    return location;
  }

  /** Writes and fsyncs what was gathered; after it, everything added is durable. */
  void flush() throws IOException {
    if (pending.position() == 0) {
      return;
    }
    pending.flip();
    flushed += Segments.writeAll(channel, pending, flushed);
    pending.clear();
    channel.force(false);
    syncs.incrementAndGet();
  }

  int segment() {
    return segment;
  }

  long end() {
    return flushed + pending.position();
  }

  long syncCount() {
    return syncs.get();
  }

  private void roll() throws IOException {
    flush();
    index.sealed(segment, flushed);
    channel.close();
    segment++;
    channel = segments.create(segment);
    flushed = 0;
  }

  private ByteBuffer grown(int size) {
    ByteBuffer bigger = ByteBuffer.allocate(Math.max(pending.capacity() * 2, pending.position() + size));
    return bigger.put(pending.flip());
  }

  @Override
  public void close() throws IOException {
    channel.close();
  }
}
