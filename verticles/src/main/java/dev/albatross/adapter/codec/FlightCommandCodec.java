package dev.albatross.adapter.codec;

import static dev.albatross.adapter.codec.Protos.id;
import static dev.albatross.adapter.codec.Protos.time;

import dev.albatross.domain.app.Actor;
import dev.albatross.domain.model.AppCommand.FileFlightAsPirep;
import dev.albatross.domain.model.AppCommand;
import dev.albatross.domain.model.AppCommand.StartFlightOnce;
import dev.albatross.domain.model.Role;
import dev.albatross.domain.model.flight.FilingInput;
import dev.albatross.domain.model.flight.FlightCommand.CancelFlight;
import dev.albatross.domain.model.flight.FlightCommand.FileFlight;
import dev.albatross.domain.model.flight.FlightCommand.MarkLost;
import dev.albatross.domain.model.flight.FlightCommand.RecordPositions;
import dev.albatross.domain.model.flight.FlightCommand.StartFlight;
import dev.albatross.domain.model.flight.PositionBatchSummary;
import dev.albatross.domain.model.flight.TrackSummary;
import dev.albatross.proto.v1.CommandEnvelope;
import java.time.Duration;

/** A flight's commands to protobuf and back, for {@link CommandCodec}: the acting user travels in the envelope. */
final class FlightCommandCodec {
  private FlightCommandCodec() {}

  static dev.albatross.proto.v1.RecordPositions.Builder record(RecordPositions c) {
    PositionBatchSummary s = c.summary();
    var record = dev.albatross.proto.v1.RecordPositions.newBuilder().setFlightId(id(c.flightId()))
        .setPilotId(id(c.pilotId())).setReceivedAt(time(c.receivedAt())).setAccepted(s.accepted())
        .setDuplicates(s.duplicates()).setDistanceFlownNm(s.distanceFlownNm());
    if (s.newest() != null) record.setNewest(FlightEventCodec.position(s.newest()));
    return record;
  }

  static dev.albatross.proto.v1.MarkLost.Builder markLost(MarkLost c) {
    return dev.albatross.proto.v1.MarkLost.newBuilder().setFlightId(id(c.flightId())).setNow(time(c.now()))
        .setLostAfterMs(c.lostAfter().toMillis());
  }

  static dev.albatross.proto.v1.CancelFlight.Builder cancel(CancelFlight c) {
    return dev.albatross.proto.v1.CancelFlight.newBuilder().setFlightId(id(c.flightId()))
        .setCancelledAt(time(c.cancelledAt()));
  }

  static dev.albatross.proto.v1.StartFlight.Builder start(StartFlight c) {
    return dev.albatross.proto.v1.StartFlight.newBuilder().setFlightId(id(c.flightId())).setTenantId(id(c.tenantId()))
        .setPilotId(id(c.pilotId())).setPilotName(c.pilotName()).setPlan(FlightEventCodec.plan(c.plan()))
        .setStartedAt(time(c.startedAt()));
  }

  static dev.albatross.proto.v1.FileFlight.Builder file(FileFlightAsPirep c) {
    FileFlight f = c.file();
    FilingInput in = f.input();
    TrackSummary track = f.track();
    var b = dev.albatross.proto.v1.FileFlight.newBuilder().setFlightId(id(f.flightId())).setPilotId(id(f.pilotId()))
        .setPirepId(id(f.pirepId())).setFiledAt(time(f.filedAt())).setPilotName(c.pilotName())
        .setTrackDistanceNm(track.distanceNm());
    if (in.flightTimeMinutes() != null) b.setFlightTimeMinutes(in.flightTimeMinutes());
    if (in.fuelUsedKg() != null) b.setFuelUsedKg(in.fuelUsedKg());
    if (in.landingRateFpm() != null) b.setLandingRateFpm(in.landingRateFpm());
    if (in.blockOffAt() != null) b.setBlockOffAt(time(in.blockOffAt()));
    if (in.blockOnAt() != null) b.setBlockOnAt(time(in.blockOnAt()));
    if (in.notes() != null) b.setNotes(in.notes());
    if (track.flightTimeMinutes() != null) b.setTrackFlightTimeMinutes(track.flightTimeMinutes());
    if (track.landingRateFpm() != null) b.setTrackLandingRateFpm(track.landingRateFpm());
    return b;
  }

  /** The flight command {@code e} holds, sent by {@code actor}; {@code e} holds one of a flight's. */
  static AppCommand decode(CommandEnvelope e, Actor actor) {
    switch (e.getCommandCase()) {
      case START_FLIGHT: {
        var c = e.getStartFlight();
        var start = new StartFlight(id(c.getFlightId()), id(c.getTenantId()), id(c.getPilotId()), c.getPilotName(),
            FlightEventCodec.plan(c.getPlan()), time(c.getStartedAt()));
        return c.getIdempotencyKey().isEmpty() ? start : new StartFlightOnce(start, c.getIdempotencyKey());
      }
      case RECORD_POSITIONS: {
        var c = e.getRecordPositions();
        var summary = new PositionBatchSummary(c.getAccepted(), c.getDuplicates(),
            c.hasNewest() ? FlightEventCodec.position(c.getNewest()) : null, c.getDistanceFlownNm());
        return new RecordPositions(id(c.getFlightId()), id(c.getPilotId()), time(c.getReceivedAt()), summary);
      }
      case MARK_LOST: {
        var c = e.getMarkLost();
        return new MarkLost(id(c.getFlightId()), time(c.getNow()), Duration.ofMillis(c.getLostAfterMs()));
      }
      case FILE_FLIGHT:
        return file(e.getFileFlight());
      case CANCEL_FLIGHT: {
        var c = e.getCancelFlight();
        return new CancelFlight(id(c.getFlightId()), actor.userId(), actor.role() == Role.TENANT_ADMIN,
            actor.tenantId(), time(c.getCancelledAt()));
      }
      default:
        throw new IllegalArgumentException("not a flight command: " + e.getCommandCase());
    }
  }

  private static FileFlightAsPirep file(dev.albatross.proto.v1.FileFlight c) {
    var input = new FilingInput(c.hasFlightTimeMinutes() ? c.getFlightTimeMinutes() : null,
        c.hasFuelUsedKg() ? c.getFuelUsedKg() : null, c.hasLandingRateFpm() ? c.getLandingRateFpm() : null,
        c.hasBlockOffAt() ? time(c.getBlockOffAt()) : null, c.hasBlockOnAt() ? time(c.getBlockOnAt()) : null,
        c.hasNotes() ? c.getNotes() : null);
    var track = new TrackSummary(c.getTrackDistanceNm(),
        c.hasTrackFlightTimeMinutes() ? c.getTrackFlightTimeMinutes() : null,
        c.hasTrackLandingRateFpm() ? c.getTrackLandingRateFpm() : null);
    return new FileFlightAsPirep(new FileFlight(id(c.getFlightId()), id(c.getPilotId()), id(c.getPirepId()),
        time(c.getFiledAt()), input, track), c.getPilotName());
  }
}
