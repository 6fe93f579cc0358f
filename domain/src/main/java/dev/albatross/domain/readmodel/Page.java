package dev.albatross.domain.readmodel;

import java.util.List;
import java.util.function.Function;

/** One page of a list, newest first; {@code nextCursor} is null on the last page. */
public record Page<T>(List<T> items, String nextCursor) {
  public Page {
    items = List.copyOf(items);
  }

  /**
   * The page from up to {@code limit + 1} rows in list order: the extra row only tells that
   * another page follows, whose cursor is the last row shown.
   */
  public static <T> Page<T> ofLookahead(List<T> rows, int limit, Function<T, Cursor> cursorOf) {
    if (rows.size() <= limit) {
      return new Page<>(rows, null);
    }
    List<T> items = rows.subList(0, limit);
    return new Page<>(items, cursorOf.apply(items.get(items.size() - 1)).encode());
  }
}
