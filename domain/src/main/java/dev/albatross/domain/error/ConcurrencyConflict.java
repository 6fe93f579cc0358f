package dev.albatross.domain.error;

import java.util.UUID;

/** An append lost the race on a stream: its expected version was no longer the stream's version. */
public final class ConcurrencyConflict extends Conflict {
  public ConcurrencyConflict(UUID streamId) {
    super("concurrent-modification", "The resource was changed concurrently (stream " + streamId + "); retry.");
  }
}
