package dev.albatross.domain.model.flight;

import java.time.Instant;

/**
 * What the pilot's client reports when filing, each field null when left out; a value given wins
 * over the one computed from the track.
 */
public record FilingInput(
    Integer flightTimeMinutes,
    Integer fuelUsedKg,
    Integer landingRateFpm,
    Instant blockOffAt,
    Instant blockOnAt,
    String notes) {

  public static final FilingInput NONE = new FilingInput(null, null, null, null, null, null);
}
