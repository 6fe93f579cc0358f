package dev.albatross.adapter.memory;

import dev.albatross.domain.readmodel.Cursor;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Lists kept newest first, read as one: PIREPs are kept per airline only, and a list across
 * airlines (a platform admin's) merges them lazily, so that the rows needed for a page are all
 * that is read, and no second index of every PIREP is held.
 */
final class NewestFirst {
  private NewestFirst() {}

  /** The rows of {@code lists} after {@code after}, newest first. */
  static <T> Stream<T> merged(Collection<NavigableMap<Cursor, T>> lists, Optional<Cursor> after) {
    if (lists.size() == 1) {
      return from(lists.iterator().next(), after).values().stream();
    }
    PriorityQueue<Head<T>> heads = new PriorityQueue<>((a, b) -> Cursor.NEWEST_FIRST.compare(a.row.getKey(),
        b.row.getKey()));
    for (NavigableMap<Cursor, T> list : lists) {
      Head.of(from(list, after).entrySet().iterator()).ifPresent(heads::add);
    }
    Iterator<T> rows = new Iterator<>() {
      @Override
      public boolean hasNext() {
        return !heads.isEmpty();
      }

      @Override
      public T next() {
        Head<T> head = heads.remove();
        Head.of(head.rest).ifPresent(heads::add);
        return head.row.getValue();
      }
    };
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(rows, Spliterator.ORDERED), false);
  }

  private static <T> NavigableMap<Cursor, T> from(NavigableMap<Cursor, T> list, Optional<Cursor> after) {
    return after.map(cursor -> list.tailMap(cursor, false)).orElse(list);
  }

  /** The next row of one list, and the rest of it. */
  private record Head<T>(Map.Entry<Cursor, T> row, Iterator<Map.Entry<Cursor, T>> rest) {
    static <T> Optional<Head<T>> of(Iterator<Map.Entry<Cursor, T>> rest) {
      return rest.hasNext() ? Optional.of(new Head<>(rest.next(), rest)) : Optional.empty();
    }
  }
}
