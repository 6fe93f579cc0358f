package dev.albatross.domain.model.flight;

import dev.albatross.domain.error.Conflict;
import dev.albatross.domain.error.Forbidden;
import dev.albatross.domain.error.NotFound;
import dev.albatross.domain.model.Decider;
import dev.albatross.domain.model.flight.FlightCommand.CancelFlight;
import dev.albatross.domain.model.flight.FlightCommand.FileFlight;
import dev.albatross.domain.model.flight.FlightCommand.MarkLost;
import dev.albatross.domain.model.flight.FlightCommand.RecordPositions;
import dev.albatross.domain.model.flight.FlightCommand.StartFlight;
import dev.albatross.domain.model.flight.FlightEvent.FlightCancelled;
import dev.albatross.domain.model.flight.FlightEvent.FlightFiled;
import dev.albatross.domain.model.flight.FlightEvent.FlightLost;
import dev.albatross.domain.model.flight.FlightEvent.FlightResumed;
import dev.albatross.domain.model.flight.FlightEvent.FlightStarted;
import dev.albatross.domain.model.flight.FlightEvent.PositionsRecorded;
import dev.albatross.domain.model.flight.FlightState.Flight;
import dev.albatross.domain.model.flight.FlightState.NoFlight;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/** A live flight, from its start through its positions to its filing as a PIREP or its cancellation. */
public final class FlightDecider implements Decider<FlightCommand, FlightState, FlightEvent> {

  /** A flight with no position for this long is lost. */
  public static final Duration LOST_AFTER = Duration.ofMinutes(30);

  @Override
  public Class<FlightEvent> eventType() {
    return FlightEvent.class;
  }

  @Override
  public FlightState initialState() {
    return new NoFlight();
  }

  @Override
  public List<FlightEvent> decide(FlightCommand command, FlightState state) {
    return command.match(new FlightCommand.Cases<>() {
      @Override
      public List<FlightEvent> startFlight(StartFlight c) {
        return start(c, state);
      }

      @Override
      public List<FlightEvent> recordPositions(RecordPositions c) {
        return record(c, existing(state));
      }

      @Override
      public List<FlightEvent> markLost(MarkLost c) {
        return FlightDecider.markLost(c, existing(state));
      }

      @Override
      public List<FlightEvent> fileFlight(FileFlight c) {
        return file(c, existing(state));
      }

      @Override
      public List<FlightEvent> cancelFlight(CancelFlight c) {
        return cancel(c, existing(state));
      }
    });
  }

  private static List<FlightEvent> start(StartFlight c, FlightState state) {
    if (state instanceof Flight) {
      throw new Conflict("Flight " + c.flightId() + " already exists.");
    }
    return List.of(new FlightStarted(c.flightId(), c.tenantId(), c.pilotId(), c.pilotName(), c.plan(), c.startedAt()));
  }

  /** A batch of repeats only tells nothing new: no event, so retries cost the event store nothing. */
  private static List<FlightEvent> record(RecordPositions c, Flight flight) {
    ownOpenFlight(flight, c.pilotId(), "take positions");
    PositionBatchSummary s = c.summary();
    if (s.accepted() == 0) {
      return List.of();
    }
    var recorded = new PositionsRecorded(s.newest(), s.accepted(), s.duplicates(), s.distanceFlownNm(), c.receivedAt());
    if (flight.status() == FlightStatus.LOST) {
      return List.of(new FlightResumed(c.receivedAt()), recorded);
    }
    return List.of(recorded);
  }

  /** A sweep may run late or twice: only a flight still in progress and silent long enough is lost. */
  private static List<FlightEvent> markLost(MarkLost c, Flight flight) {
    boolean silent = !c.now().isBefore(flight.lastSeenAt().plus(c.lostAfter()));
    if (flight.status() == FlightStatus.IN_PROGRESS && silent) {
      return List.of(new FlightLost(c.now()));
    }
    return List.of();
  }

  private static List<FlightEvent> file(FileFlight c, Flight flight) {
    ownOpenFlight(flight, c.pilotId(), "be filed");
    return List.of(new FlightFiled(c.pirepId(), Filing.details(flight.plan(), c.input(), c.track()), c.filedAt()));
  }

  /**
   * Another airline's flight is not found, as everywhere in the API. Cancelling a cancelled flight
   * again changes nothing: a retried request is not an error.
   */
  private static List<FlightEvent> cancel(CancelFlight c, Flight flight) {
    if (c.tenantId() != null && !c.tenantId().equals(flight.tenantId())) {
      throw new NotFound("Flight not found.");
    }
    boolean admin = c.actorIsTenantAdmin() && flight.tenantId().equals(c.tenantId());
    if (!flight.pilotId().equals(c.actorId()) && !admin) {
      throw new Forbidden("Only the flight's pilot or an admin of its airline can cancel it.");
    }
    if (flight.status() == FlightStatus.CANCELLED) {
      return List.of();
    }
    if (!flight.status().open()) {
      throw new Conflict("The flight is " + flight.status() + "; only a flight in progress or lost can be cancelled.");
    }
    return List.of(new FlightCancelled(c.actorId(), c.cancelledAt()));
  }

  private static void ownOpenFlight(Flight flight, UUID pilotId, String what) {
    if (!flight.pilotId().equals(pilotId)) {
      throw new Forbidden("This is another pilot's flight.");
    }
    if (!flight.status().open()) {
      throw new Conflict("The flight is " + flight.status() + "; only a flight in progress or lost can " + what + ".");
    }
  }

  private static Flight existing(FlightState state) {
    if (state instanceof Flight flight) {
      return flight;
    }
    throw new NotFound("Flight not found.");
  }

  @Override
  public FlightState evolve(FlightState state, FlightEvent event) {
    if (event instanceof FlightStarted s) {
      return new Flight(
          s.flightId(), s.tenantId(), s.pilotId(), s.plan(), FlightStatus.IN_PROGRESS, s.startedAt(), s.startedAt(),
          null, 0, null);
    }
    Flight flight = (Flight) state;
    if (event instanceof PositionsRecorded r) {
      return flight.moved(r.newest(), r.distanceFlownNm(), r.lastSeenAt());
    }
    if (event instanceof FlightLost) {
      return flight.withStatus(FlightStatus.LOST);
    }
    if (event instanceof FlightResumed) {
      return flight.withStatus(FlightStatus.IN_PROGRESS);
    }
    if (event instanceof FlightFiled f) {
      return flight.filed(f.pirepId());
    }
    return flight.withStatus(FlightStatus.CANCELLED);
  }
}
