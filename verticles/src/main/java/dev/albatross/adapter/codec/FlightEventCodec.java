package dev.albatross.adapter.codec;

import static dev.albatross.adapter.codec.Protos.id;
import static dev.albatross.adapter.codec.Protos.time;

import dev.albatross.domain.model.flight.FlightEvent;
import dev.albatross.domain.model.flight.FlightEvent.FlightCancelled;
import dev.albatross.domain.model.flight.FlightEvent.FlightFiled;
import dev.albatross.domain.model.flight.FlightEvent.FlightLost;
import dev.albatross.domain.model.flight.FlightEvent.FlightResumed;
import dev.albatross.domain.model.flight.FlightEvent.FlightStarted;
import dev.albatross.domain.model.flight.FlightEvent.PositionsRecorded;
import dev.albatross.domain.model.flight.FlightPlan;
import dev.albatross.domain.model.flight.Position;
import dev.albatross.proto.v1.Event;

/** A flight's events to protobuf and back, for {@link EventCodec}. */
final class FlightEventCodec {
  private FlightEventCodec() {}

  static void encode(FlightEvent event, Event.Builder b) {
    if (event instanceof FlightStarted s) {
      b.setFlightStarted(dev.albatross.proto.v1.FlightStarted.newBuilder()
          .setFlightId(id(s.flightId())).setTenantId(id(s.tenantId())).setPilotId(id(s.pilotId()))
          .setPilotName(s.pilotName()).setPlan(plan(s.plan())).setStartedAt(time(s.startedAt())));
    } else if (event instanceof PositionsRecorded r) {
      b.setPositionsRecorded(dev.albatross.proto.v1.PositionsRecorded.newBuilder()
          .setNewest(position(r.newest())).setAccepted(r.accepted()).setDuplicates(r.duplicates())
          .setDistanceFlownNm(r.distanceFlownNm()).setLastSeenAt(time(r.lastSeenAt())));
    } else if (event instanceof FlightLost l) {
      b.setFlightLost(dev.albatross.proto.v1.FlightLost.newBuilder().setLostAt(time(l.lostAt())));
    } else if (event instanceof FlightResumed r) {
      b.setFlightResumed(dev.albatross.proto.v1.FlightResumed.newBuilder().setResumedAt(time(r.resumedAt())));
    } else if (event instanceof FlightFiled f) {
      b.setFlightFiled(dev.albatross.proto.v1.FlightFiled.newBuilder()
          .setPirepId(id(f.pirepId())).setFlight(FlightCodec.encode(f.flight())).setFiledAt(time(f.filedAt())));
    } else {
      FlightCancelled c = (FlightCancelled) event;
      b.setFlightCancelled(dev.albatross.proto.v1.FlightCancelled.newBuilder()
          .setCancelledBy(id(c.cancelledBy())).setCancelledAt(time(c.cancelledAt())));
    }
  }

  /** The flight event {@code e} holds; {@code e} is of one of the flight kinds. */
  static FlightEvent decode(Event e) {
    return switch (e.getKindCase()) {
      case FLIGHT_STARTED -> {
        var s = e.getFlightStarted();
        yield new FlightStarted(id(s.getFlightId()), id(s.getTenantId()), id(s.getPilotId()), s.getPilotName(),
            plan(s.getPlan()), time(s.getStartedAt()));
      }
      case POSITIONS_RECORDED -> {
        var r = e.getPositionsRecorded();
        yield new PositionsRecorded(position(r.getNewest()), r.getAccepted(), r.getDuplicates(),
            r.getDistanceFlownNm(), time(r.getLastSeenAt()));
      }
      case FLIGHT_LOST -> new FlightLost(time(e.getFlightLost().getLostAt()));
      case FLIGHT_RESUMED -> new FlightResumed(time(e.getFlightResumed().getResumedAt()));
      case FLIGHT_FILED -> {
        var f = e.getFlightFiled();
        yield new FlightFiled(id(f.getPirepId()), FlightCodec.decode(f.getFlight()), time(f.getFiledAt()));
      }
      case FLIGHT_CANCELLED ->
          new FlightCancelled(id(e.getFlightCancelled().getCancelledBy()), time(e.getFlightCancelled().getCancelledAt()));
      default -> throw new IllegalStateException("not a flight event: " + e.getKindCase());
    };
  }

  static dev.albatross.proto.v1.FlightPlan plan(FlightPlan p) {
    var b = dev.albatross.proto.v1.FlightPlan.newBuilder()
        .setFlightNumber(p.flightNumber()).setDeparture(p.departure()).setArrival(p.arrival())
        .setAircraftType(p.aircraftType());
    if (p.route() != null) b.setRoute(p.route());
    if (p.client() != null) b.setClient(p.client());
    return b.build();
  }

  static FlightPlan plan(dev.albatross.proto.v1.FlightPlan p) {
    return new FlightPlan(p.getFlightNumber(), p.getDeparture(), p.getArrival(), p.getAircraftType(),
        p.hasRoute() ? p.getRoute() : null, p.hasClient() ? p.getClient() : null);
  }

  static dev.albatross.proto.v1.Position position(Position p) {
    var b = dev.albatross.proto.v1.Position.newBuilder()
        .setSeq(p.seq()).setAt(time(p.at())).setLat(p.lat()).setLon(p.lon()).setAltitudeFt(p.altitudeFt())
        .setHeadingDeg(p.headingDeg()).setGroundSpeedKt(p.groundSpeedKt()).setVerticalSpeedFpm(p.verticalSpeedFpm());
    if (p.onGround() != null) b.setOnGround(p.onGround());
    return b.build();
  }

  static Position position(dev.albatross.proto.v1.Position p) {
    return new Position(p.getSeq(), time(p.getAt()), p.getLat(), p.getLon(), p.getAltitudeFt(), p.getHeadingDeg(),
        p.getGroundSpeedKt(), p.getVerticalSpeedFpm(), p.hasOnGround() ? p.getOnGround() : null);
  }
}
