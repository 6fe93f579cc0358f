package dev.albatross.domain.readmodel;

import dev.albatross.domain.error.ValidationFailed;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.UUID;

/**
 * A keyset position in a list ordered newest first: the creation time and id of the last item
 * on the previous page. Opaque to clients.
 */
public record Cursor(Instant at, UUID id) {

  /** Newest first, ties broken by id, descending: the order of every list. */
  public static final Comparator<Cursor> NEWEST_FIRST = (a, b) -> {
    // written out rather than composed: in-memory lists compare on every insert, a replay's hot path
    int byTime = b.at.compareTo(a.at);
    return byTime != 0 ? byTime : b.id.compareTo(a.id);
  };

  public String encode() {
    String raw = at.getEpochSecond() + ":" + at.getNano() + ":" + id;
    return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  public static Cursor decode(String cursor) {
    try {
      String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split(":");
      if (parts.length != 3) {
        throw new IllegalArgumentException("three parts expected");
      }
      return new Cursor(
          Instant.ofEpochSecond(Long.parseLong(parts[0]), Long.parseLong(parts[1])), UUID.fromString(parts[2]));
    } catch (RuntimeException e) {
      throw ValidationFailed.of("cursor", "is not a cursor this server issued");
    }
  }

  /** True if an item at {@code (itemAt, itemId)} comes after this cursor in newest-first order. */
  public boolean isBefore(Instant itemAt, UUID itemId) {
    return NEWEST_FIRST.compare(this, new Cursor(itemAt, itemId)) < 0;
  }
}
