package dev.albatross.adapter.memory;

import java.util.HashMap;
import java.util.Map;

/**
 * One instance of each equal value, so that rows repeating a value (an airport, a pilot's id)
 * share it rather than each holding the copy their event decoded. Up to {@code limit} distinct
 * values: past that, values are kept as they come, so a field that never repeats costs the table
 * no more than that. Not thread-safe: its owner serialises the calls.
 */
final class Canonical<T> {
  private final Map<T, T> values = new HashMap<>();
  private final int limit;

  Canonical(int limit) {
    this.limit = limit;
  }

  /** The shared instance equal to {@code value}, or {@code value} itself; null stays null. */
  T of(T value) {
    if (value == null) {
      return null;
    }
    T shared = values.get(value);
    if (shared != null) {
      return shared;
    }
    if (values.size() < limit) {
      values.put(value, value);
    }
    return value;
  }

  void clear() {
    values.clear();
  }
}
