package dev.albatross.domain.port;

import java.util.List;
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
}
