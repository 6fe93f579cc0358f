package dev.albatross.domain.model.flight;

import dev.albatross.domain.error.ValidationFailed;
import dev.albatross.domain.model.pirep.FlightDetails;

/** The PIREP a filed flight becomes: the plan, what the client reports, and the track for the rest. */
final class Filing {
  private Filing() {}

  static FlightDetails details(FlightPlan plan, FilingInput input, TrackSummary track) {
    return new FlightDetails(
        plan.flightNumber(),
        plan.departure(),
        plan.arrival(),
        plan.aircraftType(),
        flightTimeMinutes(input, track),
        input.blockOffAt(),
        input.blockOnAt(),
        input.fuelUsedKg(),
        distanceNm(track),
        input.landingRateFpm() != null ? input.landingRateFpm() : track.landingRateFpm(),
        plan.route(),
        input.notes());
  }

  /** A PIREP needs a flight time of at least a minute; a track that never flew has none to offer. */
  private static int flightTimeMinutes(FilingInput input, TrackSummary track) {
    if (input.flightTimeMinutes() != null) {
      return input.flightTimeMinutes();
    }
    Integer computed = track.flightTimeMinutes();
    if (computed == null || computed < 1) {
      throw ValidationFailed.of("flightTimeMinutes", "is required: the track has no minute of flight");
    }
    return computed;
  }

  /** Left out when nothing was flown, so the PIREP gets the airports' great-circle distance instead. */
  private static Integer distanceNm(TrackSummary track) {
    long rounded = Math.round(track.distanceNm());
    return rounded > 0 ? Math.toIntExact(rounded) : null;
  }
}
