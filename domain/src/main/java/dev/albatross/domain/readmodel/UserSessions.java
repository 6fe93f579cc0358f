package dev.albatross.domain.readmodel;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Which of a user's session tokens still hold. A token carries the session generation it was
 * issued in and its own id: a password change or a suspension starts a new generation (ending
 * every older token but the one that changed the password, {@code kept}), a sign-out ends one id.
 * Checking a token is then a lookup in this small value, carried in the user's row.
 */
public record UserSessions(int generation, UUID kept, Map<UUID, Instant> ended) {
  public static final UserSessions NONE = new UserSessions(0, null, Map.of());

  public UserSessions {
    ended = Map.copyOf(ended);
  }

  /** True if a token of session {@code sessionId} (null for tokens without one), issued in {@code tokenGeneration}, holds. */
  public boolean admit(UUID sessionId, int tokenGeneration) {
    if (sessionId != null && ended.containsKey(sessionId)) {
      return false;
    }
    return tokenGeneration >= generation || (sessionId != null && sessionId.equals(kept));
  }

  /** Every session ends but {@code keep} (null: every one). */
  public UserSessions renewed(UUID keep) {
    return new UserSessions(generation + 1, keep, ended);
  }

  /** Kept to the millisecond, as the row keeps it. */
  public UserSessions ending(UUID sessionId, Instant expiresAt) {
    Map<UUID, Instant> more = new HashMap<>(ended);
    more.put(sessionId, expiresAt.truncatedTo(ChronoUnit.MILLIS));
    return new UserSessions(generation, kept, more);
  }

  /** Forgets sign-outs of tokens expired by {@code now}: an expired token is refused anyway. */
  public UserSessions at(Instant now) {
    if (ended.values().stream().noneMatch(expiry -> !expiry.isAfter(now))) {
      return this;
    }
    Map<UUID, Instant> live = new HashMap<>(ended);
    live.values().removeIf(expiry -> !expiry.isAfter(now));
    return new UserSessions(generation, kept, live);
  }

  /** The ended sessions as {@code id@epochMillis}, comma-separated: how a row or a cache entry keeps them. */
  public String endedText() {
    StringBuilder text = new StringBuilder();
    ended.forEach((id, expiry) -> text.append(text.length() == 0 ? "" : ",").append(id).append('@')
        .append(expiry.toEpochMilli()));
    return text.toString();
  }

  public static Map<UUID, Instant> parseEnded(String text) {
    Map<UUID, Instant> ended = new HashMap<>();
    if (text == null || text.isEmpty()) {
      return ended;
    }
    for (String item : text.split(",")) {
      int at = item.indexOf('@');
      ended.put(UUID.fromString(item.substring(0, at)), Instant.ofEpochMilli(Long.parseLong(item.substring(at + 1))));
    }
    return ended;
  }
}
