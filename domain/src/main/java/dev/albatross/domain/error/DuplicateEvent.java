package dev.albatross.domain.error;

import java.util.UUID;

/** An event with this id is already in the store: the append is a repeat of one already done. */
public final class DuplicateEvent extends Conflict {
  private final UUID eventId;

  public DuplicateEvent(UUID eventId) {
    super("duplicate-event", "Event " + eventId + " is already recorded.");
    this.eventId = eventId;
  }

  public UUID eventId() {
    return eventId;
  }
}
