package dev.albatross.domain.readmodel;

import java.util.Optional;

/** {@code after} is the decoded cursor of the previous page, if any. */
public record PageRequest(int limit, Optional<Cursor> after) {
  public static final int DEFAULT_LIMIT = 50;
  public static final int MAX_LIMIT = 200;

  public static PageRequest first(int limit) {
    return new PageRequest(limit, Optional.empty());
  }
}
