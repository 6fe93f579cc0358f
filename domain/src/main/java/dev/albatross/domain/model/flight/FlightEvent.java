package dev.albatross.domain.model.flight;

import dev.albatross.domain.model.DomainEvent;
import dev.albatross.domain.model.pirep.FlightDetails;
import java.time.Instant;
import java.util.UUID;

public sealed interface FlightEvent extends DomainEvent {

  record FlightStarted(
      UUID flightId, UUID tenantId, UUID pilotId, String pilotName, FlightPlan plan, Instant startedAt)
      implements FlightEvent {}

  /**
   * One per batch that kept at least one position: positions themselves are stored beside the
   * event store, which grows by this one event per batch, never by one per position.
   */
  record PositionsRecorded(
      Position newest, int accepted, int duplicates, double distanceFlownNm, Instant lastSeenAt)
      implements FlightEvent {}

  record FlightLost(Instant lostAt) implements FlightEvent {}

  /** A lost flight heard from again; always followed by the {@link PositionsRecorded} that revived it. */
  record FlightResumed(Instant resumedAt) implements FlightEvent {}

  /** The flight became the PIREP {@code pirepId}, reported as {@code flight}. */
  record FlightFiled(UUID pirepId, FlightDetails flight, Instant filedAt) implements FlightEvent {}

  record FlightCancelled(UUID cancelledBy, Instant cancelledAt) implements FlightEvent {}
}
