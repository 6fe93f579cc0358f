package dev.albatross.domain.model.flight;

import java.time.Instant;
import java.util.UUID;

public sealed interface FlightState {

  record NoFlight() implements FlightState {}

  /**
   * {@code lastSeenAt} is when the last batch that kept positions arrived, the start until then;
   * {@code lastPosition} is null until a position is kept, {@code pirepId} until it is filed.
   */
  record Flight(
      UUID id,
      UUID tenantId,
      UUID pilotId,
      FlightPlan plan,
      FlightStatus status,
      Instant startedAt,
      Instant lastSeenAt,
      Position lastPosition,
      double distanceFlownNm,
      UUID pirepId)
      implements FlightState {

    Flight withStatus(FlightStatus next) {
      return new Flight(id, tenantId, pilotId, plan, next, startedAt, lastSeenAt, lastPosition, distanceFlownNm, pirepId);
    }

    Flight moved(Position newest, double distanceNm, Instant seenAt) {
      return new Flight(id, tenantId, pilotId, plan, status, startedAt, seenAt, newest, distanceNm, pirepId);
    }

    Flight filed(UUID pirep) {
      return new Flight(
          id, tenantId, pilotId, plan, FlightStatus.FILED, startedAt, lastSeenAt, lastPosition, distanceFlownNm, pirep);
    }
  }
}
