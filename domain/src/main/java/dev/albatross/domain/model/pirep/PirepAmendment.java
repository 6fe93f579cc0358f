package dev.albatross.domain.model.pirep;

/**
 * The flight values an amendment corrects; a null field is left as it was. At least one is set
 * (checked where the amendment is read from a request).
 */
public record PirepAmendment(
    Integer flightTimeMinutes,
    Integer fuelUsedKg,
    Integer distanceNm,
    Integer landingRateFpm,
    String route,
    String notes) {

  /** {@code flight} with this amendment's fields put over it. */
  public FlightDetails applyTo(FlightDetails flight) {
    return new FlightDetails(flight.flightNumber(), flight.departure(), flight.arrival(), flight.aircraftType(),
        flightTimeMinutes != null ? flightTimeMinutes : flight.flightTimeMinutes(), flight.blockOffAt(),
        flight.blockOnAt(), or(fuelUsedKg, flight.fuelUsedKg()), or(distanceNm, flight.distanceNm()),
        or(landingRateFpm, flight.landingRateFpm()), or(route, flight.route()), or(notes, flight.notes()));
  }

  private static <T> T or(T amended, T current) {
    return amended != null ? amended : current;
  }
}
