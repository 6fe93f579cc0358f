package dev.albatross.domain.model.pirep;

import java.time.Instant;

/** What a pilot reports about one flight; optional fields are null when not given. */
public record FlightDetails(
    String flightNumber,
    String departure,
    String arrival,
    String aircraftType,
    int flightTimeMinutes,
    Instant blockOffAt,
    Instant blockOnAt,
    Integer fuelUsedKg,
    Integer distanceNm,
    Integer landingRateFpm,
    String route,
    String notes) {}
