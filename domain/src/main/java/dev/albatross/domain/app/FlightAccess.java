package dev.albatross.domain.app;

import dev.albatross.domain.error.Conflict;
import dev.albatross.domain.error.Forbidden;
import dev.albatross.domain.error.NotFound;
import dev.albatross.domain.model.StreamTypes;
import dev.albatross.domain.model.flight.FlightDecider;
import dev.albatross.domain.model.flight.FlightState.Flight;
import dev.albatross.domain.port.EventStore;
import dev.albatross.domain.port.RecordedEvent;
import io.vertx.core.Future;
import java.util.List;
import java.util.UUID;

/**
 * Who may touch a flight, from its own events (never from a read model that may lag its start):
 * another airline's flight is not found; only its pilot flies it, and only while it is open.
 * Positions are kept before the flight's command runs, so they are checked here first.
 */
public final class FlightAccess {
  private final EventStore store;
  private final FlightDecider decider = new FlightDecider();

  public FlightAccess(EventStore store) {
    this.store = store;
  }

  /** The flight, if {@code actor} may see it: of their airline, or any for a platform admin. */
  public Future<Flight> seenBy(UUID flightId, Actor actor) {
    return store.load(flightId).map(history -> {
      Flight flight = flight(history);
      if (flight == null || !(actor.isPlatformAdmin() || flight.tenantId().equals(actor.tenantId()))) {
        throw new NotFound("Flight not found.");
      }
      return flight;
    });
  }

  /** The flight, if it is {@code actor}'s own and still takes positions. */
  public Future<Flight> flownBy(UUID flightId, Actor actor) {
    return seenBy(flightId, actor).map(flight -> {
      if (!flight.pilotId().equals(actor.userId())) {
        throw new Forbidden("This is another pilot's flight.");
      }
      if (!flight.status().open()) {
        throw new Conflict("The flight is " + flight.status() + "; only a flight in progress or lost takes positions.");
      }
      return flight;
    });
  }

  private Flight flight(List<RecordedEvent> history) {
    if (!RecordedEvent.isStreamOf(StreamTypes.FLIGHT, history)) {
      return null;
    }
    return (Flight) decider.fold(RecordedEvent.events(history));
  }
}
