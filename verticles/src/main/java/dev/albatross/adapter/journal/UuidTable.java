package dev.albatross.adapter.journal;

import java.util.UUID;

/**
 * UUID keys to long values in open addressing over plain arrays: 25 bytes a slot, against about
 * 100 for a {@code HashMap} entry with its boxed key and value, so the index of a large journal
 * stays small. Not thread-safe; {@link JournalIndex} guards it.
 */
final class UuidTable {
  private static final float LOAD = 0.6f;

  private long[] most;
  private long[] least;
  private long[] values;
  private boolean[] used;
  private int size;

  UuidTable() {
    allocate(1024);
  }

  int size() {
    return size;
  }

  boolean contains(UUID key) {
    return used[slot(key.getMostSignificantBits(), key.getLeastSignificantBits())];
  }

  long get(UUID key, long absent) {
    int slot = slot(key.getMostSignificantBits(), key.getLeastSignificantBits());
    return used[slot] ? values[slot] : absent;
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
    values[slot] = value;
  }

  /** The slot holding the key, or the empty slot where it would go. */
  private int slot(long hi, long lo) {
    int mask = most.length - 1;
    int slot = mix(hi ^ lo) & mask;
    while (used[slot] && (most[slot] != hi || least[slot] != lo)) {
      slot = (slot + 1) & mask;
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
    allocate(most.length * 2);
    for (int i = 0; i < oldMost.length; i++) {
      if (oldUsed[i]) {
        insert(oldMost[i], oldLeast[i], oldValues[i]);
      }
    }
  }

  private void allocate(int capacity) {
    most = new long[capacity];
    least = new long[capacity];
    values = new long[capacity];
    used = new boolean[capacity];
    size = 0;
  }
}
