package dev.albatross.domain.model.flight;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

public sealed interface FlightCommand {

  UUID flightId();

  record StartFlight(
      UUID flightId, UUID tenantId, UUID pilotId, String pilotName, FlightPlan plan, Instant startedAt)
      implements FlightCommand {}

  /** Sent after storage kept the batch; {@code receivedAt} is when the server got it. */
  record RecordPositions(UUID flightId, UUID pilotId, Instant receivedAt, PositionBatchSummary summary)
      implements FlightCommand {}

  /**
   * Sent by a sweep over open flights; decides nothing for a flight heard from within {@code
   * lostAfter} ({@link FlightDecider#LOST_AFTER} unless a deployment, a test, says otherwise).
   */
  record MarkLost(UUID flightId, Instant now, Duration lostAfter) implements FlightCommand {
    public MarkLost(UUID flightId, Instant now) {
      this(flightId, now, FlightDecider.LOST_AFTER);
    }
  }

  /** {@code track} is computed by {@link Tracks#summarize} over every position kept. */
  record FileFlight(
      UUID flightId, UUID pilotId, UUID pirepId, Instant filedAt, FilingInput input, TrackSummary track)
      implements FlightCommand {}

  /** {@code tenantId} is the actor's airline, null for a platform admin. */
  record CancelFlight(
      UUID flightId, UUID actorId, boolean actorIsTenantAdmin, UUID tenantId, Instant cancelledAt)
      implements FlightCommand {}
}
