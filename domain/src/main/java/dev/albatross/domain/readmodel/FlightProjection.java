package dev.albatross.domain.readmodel;

import dev.albatross.domain.model.flight.FlightEvent.FlightCancelled;
import dev.albatross.domain.model.flight.FlightEvent.FlightFiled;
import dev.albatross.domain.model.flight.FlightEvent.FlightLost;
import dev.albatross.domain.model.flight.FlightEvent.FlightResumed;
import dev.albatross.domain.model.flight.FlightEvent.FlightStarted;
import dev.albatross.domain.model.flight.FlightEvent.PositionsRecorded;
import dev.albatross.domain.model.flight.FlightStatus;
import dev.albatross.domain.port.RecordedEvent;
import java.util.List;

/** How flight events become the flight row: one pure function every flight read model applies. */
public final class FlightProjection {
  private FlightProjection() {}

  /** The flight row after {@code e}; {@code c} is null before the flight started. */
  public static FlightView flight(FlightView c, RecordedEvent e) {
    if (e.event() instanceof FlightStarted s) {
      return new FlightView(s.flightId(), s.tenantId(), s.pilotId(), s.pilotName(), s.plan(), FlightStatus.IN_PROGRESS,
          s.startedAt(), s.startedAt(), null, 0, null, e.version());
    }
    if (e.event() instanceof PositionsRecorded r) {
      return c.with(c.status(), r.lastSeenAt(), r.newest(), r.distanceFlownNm(), c.pirepId(), e.version());
    }
    if (e.event() instanceof FlightFiled f) {
      return c.with(FlightStatus.FILED, c.lastSeenAt(), c.lastPosition(), c.distanceFlownNm(), f.pirepId(), e.version());
    }
    return c.with(status(e), c.lastSeenAt(), c.lastPosition(), c.distanceFlownNm(), c.pirepId(), e.version());
  }

  private static FlightStatus status(RecordedEvent e) {
    if (e.event() instanceof FlightLost) {
      return FlightStatus.LOST;
    }
    if (e.event() instanceof FlightResumed) {
      return FlightStatus.IN_PROGRESS;
    }
    if (e.event() instanceof FlightCancelled) {
      return FlightStatus.CANCELLED;
    }
    throw new IllegalArgumentException("not a flight event: " + e.eventType());
  }

  public static FlightView flight(List<RecordedEvent> history) {
    FlightView view = null;
    for (RecordedEvent e : history) {
      view = flight(view, e);
    }
    return view;
  }
}
