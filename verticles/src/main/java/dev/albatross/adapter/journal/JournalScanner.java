package dev.albatross.adapter.journal;

import com.google.protobuf.InvalidProtocolBufferException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Start-up: reads every segment in order, checks every record, and fills the index. A crash can
 * leave only the end of the last segment unfinished, so a bad record there with nothing whole
 * after it is cut off, together with the records of its append already read (an append is all or
 * nothing); a bad record anywhere else is damage, and opening fails rather than lose the events
 * after it.
 */
final class JournalScanner {
  private static final Logger LOG = LoggerFactory.getLogger(JournalScanner.class);
  private static final int CHUNK = 4 << 20;

  /** Where appends continue: the last segment and its length. */
  record Tail(int segment, long end) {}

  private record Entry(UUID eventId, UUID streamId, long version, long transaction, long location) {}

  /** The records of the append being read, indexed only once its last record is read. */
  private final List<Entry> unfinished = new ArrayList<>();
  private long unfinishedFrom;

  private final Segments segments;
  private final JournalIndex index;

  JournalScanner(Segments segments, JournalIndex index) {
    this.segments = segments;
    this.index = index;
  }

  Tail scan() throws IOException {
    List<Integer> numbers = segments.existing();
    if (numbers.isEmpty()) {
      segments.create(1).close();
      return new Tail(1, 0);
    }
    long end = 0;
    for (int i = 0; i < numbers.size(); i++) {
      int segment = numbers.get(i);
      end = scan(segment, i == numbers.size() - 1);
      index.sealed(segment, end);
    }
    int last = numbers.get(numbers.size() - 1);
    index.publish(index.lastPosition(), last, end);
    return new Tail(last, end);
  }

  /** Reads one segment in large chunks and answers the length of its whole records. */
  private long scan(int segment, boolean last) throws IOException {
    try (FileChannel channel = segments.openForWriting(segment)) {
      ByteBuffer chunk = ByteBuffer.allocate(CHUNK).flip();
      long offset = 0;
      boolean endOfFile = false;
      while (chunk.hasRemaining() || !endOfFile) {
        int size = chunk.remaining() < Records.HEADER ? Records.HEADER : Records.size(chunk);
        if (size > 0 && chunk.remaining() < size && !endOfFile) {
          chunk = refill(channel, chunk, offset, size);
          endOfFile = channel.size() <= offset + chunk.remaining();
          continue;
        }
        boolean endsAppend = Records.endsAppend(chunk);
        ByteBuffer payload = size < 0 ? null : Records.next(chunk);
        if (payload == null) {
          return badRecord(channel, segment, offset, last);
        }
        add(payload, segment, offset, endsAppend);
        offset += size;
      }
      return ended(channel, segment, offset, last);
    }
  }

  /** The unread bytes from {@code offset}, with at least {@code needed} of them if the file has them. */
  private static ByteBuffer refill(FileChannel channel, ByteBuffer chunk, long offset, int needed)
      throws IOException {
    ByteBuffer next = chunk.capacity() >= needed ? chunk.compact() : ByteBuffer.allocate(needed).put(chunk);
    while (next.hasRemaining() && Segments.readSlice(channel, next, offset + next.position()) > 0) {
      // a positioned read may stop short of the buffer; read until it is full or the file ends
    }
    return next.flip();
  }

  private void add(ByteBuffer payload, int segment, long offset, boolean endsAppend) {
    EnvelopeHeader envelope = envelope(payload, segment, offset);
    long expected = index.lastPosition() + unfinished.size() + 1;
    if (envelope.position() != expected || envelope.transactionId() < index.lastTransaction()) {
      throw new IllegalStateException(where(segment, offset) + " holds position " + envelope.position()
          + " where " + expected + " was expected");
    }
    if (unfinished.isEmpty()) {
      unfinishedFrom = offset;
    }
    unfinished.add(new Entry(envelope.eventId(), envelope.streamId(), envelope.version(), envelope.transactionId(),
        JournalIndex.location(segment, offset)));
    if (endsAppend) {
      unfinished.forEach(e -> index.add(e.eventId(), e.streamId(), e.version(), e.transaction(), e.location()));
      unfinished.clear();
    }
  }

  private EnvelopeHeader envelope(ByteBuffer payload, int segment, long offset) {
    try {
      return EnvelopeHeader.read(payload);
    } catch (InvalidProtocolBufferException e) {
      throw new IllegalStateException(where(segment, offset) + " holds no event envelope", e);
    }
  }

  private long badRecord(FileChannel channel, int segment, long offset, boolean last) throws IOException {
    if (!last || wholeRecordAfter(channel, offset)) {
      throw new IllegalStateException("the journal is damaged: bad record in " + where(segment, offset)
          + ", with whole records after it; restore the data directory from a copy");
    }
    return cutOff(channel, segment, unfinished.isEmpty() ? offset : unfinishedFrom);
  }

  /** The end of a segment's records: appends never span two segments, so one must not end inside one. */
  private long ended(FileChannel channel, int segment, long end, boolean last) throws IOException {
    if (unfinished.isEmpty()) {
      return end;
    }
    if (!last) {
      throw new IllegalStateException("the journal is damaged: " + segments.path(segment)
          + " ends inside the append that starts at byte offset " + unfinishedFrom);
    }
    return cutOff(channel, segment, unfinishedFrom);
  }

  private long cutOff(FileChannel channel, int segment, long from) throws IOException {
    LOG.warn("Cutting off an append left unfinished by a crash at the end of the journal, in {}",
        where(segment, from));
    channel.truncate(from);
    channel.force(true);
    unfinished.clear();
    return from;
  }

  /** Whether a whole record starts anywhere after {@code offset}: then the bad one is not a torn tail. */
  private static boolean wholeRecordAfter(FileChannel channel, long offset) throws IOException {
    long length = channel.size() - offset - 1;
    if (length < Records.HEADER) {
      return false;
    }
    ByteBuffer rest = ByteBuffer.allocate((int) Math.min(length, Integer.MAX_VALUE - 8));
    while (rest.hasRemaining() && Segments.readSlice(channel, rest, offset + 1 + rest.position()) > 0) {
      // read the whole rest of the file
    }
    rest.flip();
    for (int at = 0; at + Records.HEADER <= rest.limit(); at++) {
      if (Records.next(rest.position(at)) != null) {
        return true;
      }
    }
    return false;
  }

  private String where(int segment, long offset) {
    Path file = segments.path(segment);
    return file + " at byte offset " + offset;
  }
}
