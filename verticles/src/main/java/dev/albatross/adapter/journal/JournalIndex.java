package dev.albatross.adapter.journal;

import dev.albatross.domain.port.StreamWrite;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Where each event lies in the segment files, without the events themselves. Positions are
 * dense from 1, so the feed is an array of locations (segment number in the high 32 bits, byte
 * offset in the low 32); each stream keeps its version and its last position, and each event
 * the previous position of its stream, a chain that {@link #stream} walks back.
 *
 * <p>The writer adds events before they are on disk, so its checks see appends still queued;
 * readers see only up to {@link #publish published} positions, which are fsync'd. Versions and
 * positions are kept as ints: two billion events is far beyond what one file journal serves.
 */
final class JournalIndex {

  /** Bytes of one segment, from one position's start to a later one's end. */
  record Region(int segment, long start, long end, int count) {}

  private final UuidTable streams = UuidTable.map();
  private final UuidTable eventIds = UuidTable.set();
  private final Map<Integer, Long> segmentEnds = new HashMap<>();
  private long[] locations = new long[4096];
  private int[] previous = new int[4096];
  private int count;
  private int durable;
  private long transaction;

  static long location(int segment, long offset) {
    return ((long) segment << 32) | offset;
  }

  static int segment(long location) {
    return (int) (location >>> 32);
  }

  static long offset(long location) {
    return location & 0xffffffffL;
  }

  synchronized long lastPosition() {
    return count;
  }

  /** The last position on disk: what readers may see. */
  synchronized long durablePosition() {
    return durable;
  }

  synchronized long lastTransaction() {
    return transaction;
  }

  /** Refuses, as the in-memory store does, an append that must not happen; changes nothing. */
  synchronized void check(List<StreamWrite> writes) {
    StreamWrite.refuseInvalid(writes, this::version, eventIds::contains);
  }

  private long version(UUID streamId) {
    return streams.get(streamId, 0) >>> 32;
  }

  /** Records the event at the next position; the caller guarantees that it is. */
  synchronized void add(UUID eventId, UUID streamId, long version, long transactionId, long location) {
    if (count == locations.length) {
      locations = Arrays.copyOf(locations, count + (count >> 1));
      previous = Arrays.copyOf(previous, locations.length);
    }
    int position = ++count;
    locations[position - 1] = location;
    previous[position - 1] = (int) streams.get(streamId, 0);
    streams.put(streamId, (version << 32) | position);
    eventIds.add(eventId);
    transaction = transactionId;
  }

  /** Everything up to {@code position} is on disk, and {@code segment} ends at {@code end}. */
  synchronized void publish(long position, int segment, long end) {
    segmentEnds.put(segment, end);
    durable = (int) position;
  }

  /** A segment that will not grow any more ends at {@code end}. */
  synchronized void sealed(int segment, long end) {
    segmentEnds.put(segment, end);
  }

  /** The published events after {@code after}, at most {@code limit}, a region per segment. */
  synchronized List<Region> feed(long after, int limit) {
    List<Region> regions = new ArrayList<>();
    if (after >= durable || limit <= 0) {
      return regions;
    }
    int last = (int) Math.min(durable, after + limit);
    int from = (int) after + 1;
    while (from <= last) {
      int segment = segment(locations[from - 1]);
      int to = from;
      while (to < last && segment(locations[to]) == segment) {
        to++;
      }
      regions.add(new Region(segment, offset(locations[from - 1]), end(to), to - from + 1));
      from = to + 1;
    }
    return regions;
  }

  /** The published events of one stream, oldest first, a region each. */
  synchronized List<Region> stream(UUID streamId) {
    List<Region> regions = new ArrayList<>();
    int position = (int) streams.get(streamId, 0);
    while (position > 0) {
      if (position <= durable) {
        long at = locations[position - 1];
        regions.add(new Region(segment(at), offset(at), end(position), 1));
      }
      position = previous[position - 1];
    }
    Collections.reverse(regions);
    return regions;
  }

  private long end(int position) {
    long at = locations[position - 1];
    if (position < durable && segment(locations[position]) == segment(at)) {
      return offset(locations[position]);
    }
    return segmentEnds.get(segment(at));
  }
}
