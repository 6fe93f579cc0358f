package dev.albatross.domain.port;

import dev.albatross.domain.error.ConcurrencyConflict;
import dev.albatross.domain.error.DuplicateEvent;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;
import java.util.UUID;

/**
 * Events to append to one stream, valid only if the stream is still at {@code expectedVersion}
 * (0 for a stream that must not exist yet). {@code tenantId} is the stream's airline, if any.
 */
public record StreamWrite(
    UUID streamId, String streamType, UUID tenantId, long expectedVersion, List<PendingEvent> events) {

  public StreamWrite {
    events = List.copyOf(events);
  }

  /**
   * What every event store refuses before it appends anything: a stream not at its expected
   * version ({@code ConcurrencyConflict}), an event id already stored or twice in the append
   * ({@code DuplicateEvent}). For stores that check in memory.
   */
  public static void refuseInvalid(List<StreamWrite> writes, ToLongFunction<UUID> version, Predicate<UUID> stored) {
    Set<UUID> newIds = new HashSet<>();
    for (StreamWrite write : writes) {
      if (version.applyAsLong(write.streamId()) != write.expectedVersion()) {
        throw new ConcurrencyConflict(write.streamId());
      }
      for (PendingEvent e : write.events()) {
        if (stored.test(e.eventId()) || !newIds.add(e.eventId())) {
          throw new DuplicateEvent(e.eventId());
        }
      }
    }
  }
}
