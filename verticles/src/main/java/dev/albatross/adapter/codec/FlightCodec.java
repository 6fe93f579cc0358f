package dev.albatross.adapter.codec;

import static dev.albatross.adapter.codec.Protos.time;

import dev.albatross.domain.model.pirep.FlightDetails;
import dev.albatross.domain.model.pirep.PirepSource;

final class FlightCodec {
  private FlightCodec() {}

  static dev.albatross.proto.v1.FlightDetails encode(FlightDetails f) {
    var b = dev.albatross.proto.v1.FlightDetails.newBuilder()
        .setFlightNumber(f.flightNumber())
        .setDeparture(f.departure())
        .setArrival(f.arrival())
        .setAircraftType(f.aircraftType())
        .setFlightTimeMinutes(f.flightTimeMinutes());
    if (f.blockOffAt() != null) b.setBlockOffAt(time(f.blockOffAt()));
    if (f.blockOnAt() != null) b.setBlockOnAt(time(f.blockOnAt()));
    if (f.fuelUsedKg() != null) b.setFuelUsedKg(f.fuelUsedKg());
    if (f.distanceNm() != null) b.setDistanceNm(f.distanceNm());
    if (f.landingRateFpm() != null) b.setLandingRateFpm(f.landingRateFpm());
    if (f.route() != null) b.setRoute(f.route());
    if (f.notes() != null) b.setNotes(f.notes());
    return b.build();
  }

  static FlightDetails decode(dev.albatross.proto.v1.FlightDetails f) {
    return new FlightDetails(
        f.getFlightNumber(),
        f.getDeparture(),
        f.getArrival(),
        f.getAircraftType(),
        f.getFlightTimeMinutes(),
        f.hasBlockOffAt() ? time(f.getBlockOffAt()) : null,
        f.hasBlockOnAt() ? time(f.getBlockOnAt()) : null,
        f.hasFuelUsedKg() ? f.getFuelUsedKg() : null,
        f.hasDistanceNm() ? f.getDistanceNm() : null,
        f.hasLandingRateFpm() ? f.getLandingRateFpm() : null,
        f.hasRoute() ? f.getRoute() : null,
        f.hasNotes() ? f.getNotes() : null);
  }

  static dev.albatross.proto.v1.PirepSource source(PirepSource source) {
    return dev.albatross.proto.v1.PirepSource.valueOf(source.name());
  }

  static PirepSource source(dev.albatross.proto.v1.PirepSource source) {
    return PirepSource.valueOf(source.name());
  }
}
