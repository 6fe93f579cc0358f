package dev.albatross.adapter.journal;

import java.util.UUID;

/**
 * UUID keys, with or without a long value each, in open addressing over plain arrays: 17 or 25
 * bytes a slot, against about 100 for a {@code HashMap} entry with its boxed key and value, so
 * the index of a large journal stays small. Capacities grow by half rather than double, which
 * keeps the slack of a large table small. Not thread-safe; {@link JournalIndex} guards it.
 */
final class UuidTable {
  private static final double LOAD = 0.75;

  private final boolean withValues;
  private long[] most;
  private long[] least;
  private long[] values;
  private boolean[] used;
  private int size;

  private UuidTable(boolean withValues) {
    this.withValues = withValues;
    allocate(1024);
  }

  static UuidTable set() {
    return new UuidTable(false);
  }

  static UuidTable map() {
    return new UuidTable(true);
  }

  boolean contains(UUID key) {
    return used[slot(key.getMostSignificantBits(), key.getLeastSignificantBits())];
  }

  long get(UUID key, long absent) {
    int slot = slot(key.getMostSignificantBits(), key.getLeastSignificantBits());
    return used[slot] ? values[slot] : absent;
  }

  void add(UUID key) {
    put(key, 0);
  }

  void put(UUID key, long value) {
    if (size + 1 > most.length * LOAD) {
      grow();
    }
    insert(key.getMostSignificantBits(), key.getLeastSignificantBits(), value);
  }

  private void insert(long hi, long lo, long value) {
    int slot = slot(hi, lo);
    if (!used[slot]) {
      used[slot] = true;
      most[slot] = hi;
      least[slot] = lo;
      size++;
    }
    if (withValues) {
      values[slot] = value;
    }
  }

  /** The slot holding the key, or the empty slot where it would go. */
  private int slot(long hi, long lo) {
    int capacity = most.length;
    int slot = (int) (((mix(hi ^ lo) & 0xffffffffL) * capacity) >>> 32);
    while (used[slot] && (most[slot] != hi || least[slot] != lo)) {
      slot = slot + 1 == capacity ? 0 : slot + 1;
    }
    return slot;
  }

  private static int mix(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    return (int) h;
  }

  private void grow() {
    long[] oldMost = most;
    long[] oldLeast = least;
    long[] oldValues = values;
    boolean[] oldUsed = used;
    allocate(most.length + (most.length >> 1));
    for (int i = 0; i < oldMost.length; i++) {
      if (oldUsed[i]) {
        insert(oldMost[i], oldLeast[i], withValues ? oldValues[i] : 0);
      }
    }
  }

  private void allocate(int capacity) {
    most = new long[capacity];
    least = new long[capacity];
    values = withValues ? new long[capacity] : null;
    used = new boolean[capacity];
    size = 0;
  }
}
