package dev.albatross.adapter.codec;

import dev.albatross.domain.model.pirep.PirepAmendment;
import dev.albatross.domain.model.tenant.Rank;
import java.util.List;

/** The protobuf forms of what pilot careers add: PIREP amendments and airline ranks. */
final class CareerCodec {
  private CareerCodec() {}

  static dev.albatross.proto.v1.PirepAmendment encode(PirepAmendment a) {
    var b = dev.albatross.proto.v1.PirepAmendment.newBuilder();
    if (a.flightTimeMinutes() != null) b.setFlightTimeMinutes(a.flightTimeMinutes());
    if (a.fuelUsedKg() != null) b.setFuelUsedKg(a.fuelUsedKg());
    if (a.distanceNm() != null) b.setDistanceNm(a.distanceNm());
    if (a.landingRateFpm() != null) b.setLandingRateFpm(a.landingRateFpm());
    if (a.route() != null) b.setRoute(a.route());
    if (a.notes() != null) b.setNotes(a.notes());
    return b.build();
  }

  static PirepAmendment decode(dev.albatross.proto.v1.PirepAmendment a) {
    return new PirepAmendment(
        a.hasFlightTimeMinutes() ? a.getFlightTimeMinutes() : null,
        a.hasFuelUsedKg() ? a.getFuelUsedKg() : null,
        a.hasDistanceNm() ? a.getDistanceNm() : null,
        a.hasLandingRateFpm() ? a.getLandingRateFpm() : null,
        a.hasRoute() ? a.getRoute() : null,
        a.hasNotes() ? a.getNotes() : null);
  }

  static List<dev.albatross.proto.v1.Rank> encode(List<Rank> ranks) {
    return ranks.stream()
        .map(r -> dev.albatross.proto.v1.Rank.newBuilder().setName(r.name()).setMinHours(r.minHours()).build())
        .toList();
  }

  static List<Rank> decode(List<dev.albatross.proto.v1.Rank> ranks) {
    return ranks.stream().map(r -> new Rank(r.getName(), r.getMinHours())).toList();
  }
}
