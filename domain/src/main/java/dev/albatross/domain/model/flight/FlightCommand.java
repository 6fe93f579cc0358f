package dev.albatross.domain.model.flight;

import dev.albatross.domain.model.AppCommand;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

public sealed interface FlightCommand extends AppCommand {

  UUID flightId();

  /** One method per command of the family: a decider's one exhaustive dispatch. */
  interface Cases<R> {
    R startFlight(StartFlight command);

    R recordPositions(RecordPositions command);

    R markLost(MarkLost command);

    R fileFlight(FileFlight command);

    R cancelFlight(CancelFlight command);
  }

  <R> R match(Cases<R> cases);

  @Override
  default <R> R dispatch(Handler<R> handler) {
    return match(handler);
  }

  record StartFlight(
      UUID flightId, UUID tenantId, UUID pilotId, String pilotName, FlightPlan plan, Instant startedAt)
      implements FlightCommand {
    @Override
    public <R> R match(Cases<R> cases) {
      return cases.startFlight(this);
    }
  }

  /** Sent after storage kept the batch; {@code receivedAt} is when the server got it. */
  record RecordPositions(UUID flightId, UUID pilotId, Instant receivedAt, PositionBatchSummary summary)
      implements FlightCommand {
    @Override
    public <R> R match(Cases<R> cases) {
      return cases.recordPositions(this);
    }
  }

  /**
   * Sent by a sweep over open flights; decides nothing for a flight heard from within {@code
   * lostAfter} ({@link FlightDecider#LOST_AFTER} unless a deployment, a test, says otherwise).
   */
  record MarkLost(UUID flightId, Instant now, Duration lostAfter) implements FlightCommand {
    @Override
    public <R> R match(Cases<R> cases) {
      return cases.markLost(this);
    }

    public MarkLost(UUID flightId, Instant now) {
      this(flightId, now, FlightDecider.LOST_AFTER);
    }
  }

  /** {@code track} is computed by {@link Tracks#summarize} over every position kept. */
  record FileFlight(
      UUID flightId, UUID pilotId, UUID pirepId, Instant filedAt, FilingInput input, TrackSummary track)
      implements FlightCommand {
    @Override
    public <R> R match(Cases<R> cases) {
      return cases.fileFlight(this);
    }
  }

  /** {@code tenantId} is the actor's airline, null for a platform admin. */
  record CancelFlight(
      UUID flightId, UUID actorId, boolean actorIsTenantAdmin, UUID tenantId, Instant cancelledAt)
      implements FlightCommand {
    @Override
    public <R> R match(Cases<R> cases) {
      return cases.cancelFlight(this);
    }
  }
}
