package dev.albatross.domain.port;

import dev.albatross.domain.model.DomainEvent;
import java.util.List;
import java.util.UUID;

public record RecordedEvent(
    FeedPosition feedPosition,
    UUID eventId,
    UUID streamId,
    String streamType,
    long version,
    UUID tenantId,
    EventMetadata metadata,
    DomainEvent event) {

  /** The event's simple name, e.g. {@code PirepSubmitted}: the {@code type} in APIs and the store. */
  public String eventType() {
    return event.getClass().getSimpleName();
  }

  /** The same event at {@code position}: where the store placed it. */
  public RecordedEvent at(FeedPosition position) {
    return new RecordedEvent(position, eventId, streamId, streamType, version, tenantId, metadata, event);
  }

  /** The domain events of {@code history}, oldest first: what a decider folds. */
  public static List<DomainEvent> events(List<RecordedEvent> history) {
    return history.stream().map(RecordedEvent::event).toList();
  }

  /**
   * Whether {@code history} is a stream of {@code streamType} (see {@code StreamTypes}): the one way
   * to tell what an id names. An empty history names nothing.
   */
  public static boolean isStreamOf(String streamType, List<RecordedEvent> history) {
    return !history.isEmpty() && streamType.equals(history.get(0).streamType());
  }
}
