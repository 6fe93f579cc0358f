package dev.albatross.domain.model.flight;

import dev.albatross.domain.error.ValidationFailed;
import dev.albatross.domain.model.pirep.FlightDetails;

/**
 * The PIREP a filed flight becomes: the plan, what the client reports, and the track for the rest.
 * A value the client reports must be in a PIREP's range; a value the track computes is made to
 * fit instead, so the track's own numbers never refuse a filing.
 */
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
        input.landingRateFpm() != null ? input.landingRateFpm() : landingRateFpm(track),
        plan.route(),
        input.notes());
  }

  /**
   * A PIREP needs a flight time of at least a minute and at most a day: a hop under a minute files
   * as one, a longer track as a day. A track that never flew has none to offer.
   */
  private static int flightTimeMinutes(FilingInput input, TrackSummary track) {
    if (input.flightTimeMinutes() != null) {
      return input.flightTimeMinutes();
    }
    Integer computed = track.flightTimeMinutes();
    if (computed == null) {
      throw ValidationFailed.of("flightTimeMinutes", "is required: the track has no airborne position");
    }
    return Math.max(1, Math.min(FlightDetails.MAX_FLIGHT_TIME_MINUTES, computed));
  }

  /**
   * Left out when nothing was flown, or when the track is longer than any PIREP (a glitch in the
   * positions): the PIREP then gets the airports' great-circle distance instead.
   */
  private static Integer distanceNm(TrackSummary track) {
    long rounded = Math.round(track.distanceNm());
    return rounded > 0 && rounded <= FlightDetails.MAX_DISTANCE_NM ? Math.toIntExact(rounded) : null;
  }

  /** Left out beyond a PIREP's range: a crash, or a glitch, is no landing rate to report. */
  private static Integer landingRateFpm(TrackSummary track) {
    Integer computed = track.landingRateFpm();
    return computed != null && Math.abs(computed) <= FlightDetails.MAX_LANDING_RATE_FPM ? computed : null;
  }
}
