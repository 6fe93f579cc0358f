package dev.albatross.domain.readmodel;

import dev.albatross.domain.model.flight.FlightPlan;
import dev.albatross.domain.model.flight.FlightStatus;
import dev.albatross.domain.model.flight.Position;
import java.time.Instant;
import java.util.UUID;

/** A flight as lists and the live map show it; {@code lastPosition} and {@code pirepId} are null until there is one. */
public record FlightView(
    UUID id,
    UUID tenantId,
    UUID pilotId,
    String pilotName,
    FlightPlan plan,
    FlightStatus status,
    Instant startedAt,
    Instant lastSeenAt,
    Position lastPosition,
    double distanceFlownNm,
    UUID pirepId,
    long version) {

  FlightView with(FlightStatus nextStatus, Instant seenAt, Position position, double distanceNm, UUID pirep,
      long nextVersion) {
    return new FlightView(id, tenantId, pilotId, pilotName, plan, nextStatus, startedAt, seenAt, position, distanceNm,
        pirep, nextVersion);
  }
}
