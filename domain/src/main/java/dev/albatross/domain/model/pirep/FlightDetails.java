package dev.albatross.domain.model.pirep;

import dev.albatross.domain.error.FieldError;
import dev.albatross.domain.error.ValidationFailed;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What a pilot reports about one flight; optional fields are null when not given. It cannot be
 * built invalid: codes upper-case, numbers in range, the block-on time after the block-off time.
 */
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
    String notes) {

  public static final int MAX_TEXT = 2000;
  public static final int MAX_FLIGHT_TIME_MINUTES = 1440;
  public static final int MAX_DISTANCE_NM = 20_000;
  /** The landing rate's bound either way, in feet per minute. */
  public static final int MAX_LANDING_RATE_FPM = 5000;

  public FlightDetails {
    List<FieldError> errors = problems(flightNumber, departure, arrival, aircraftType, flightTimeMinutes, blockOffAt,
        blockOnAt, fuelUsedKg, distanceNm, landingRateFpm, route, notes);
    if (!errors.isEmpty()) {
      throw new ValidationFailed(errors);
    }
  }

  /**
   * What is wrong with these values, one entry per bad field in the order of the fields, each
   * named as the field is; none if they make flight details. A required value that is null is
   * missing.
   */
  public static List<FieldError> problems(String flightNumber, String departure, String arrival, String aircraftType,
      Integer flightTimeMinutes, Instant blockOffAt, Instant blockOnAt, Integer fuelUsedKg, Integer distanceNm,
      Integer landingRateFpm, String route, String notes) {
    List<FieldError> errors = planProblems(flightNumber, departure, arrival, aircraftType);
    if (flightTimeMinutes == null) {
      errors.add(new FieldError("flightTimeMinutes", "is required"));
    } else {
      range(errors, "flightTimeMinutes", flightTimeMinutes, 1, MAX_FLIGHT_TIME_MINUTES);
    }
    if (!inOrder(blockOffAt, blockOnAt)) {
      errors.add(new FieldError("blockOnAt", "must be after blockOffAt"));
    }
    range(errors, "fuelUsedKg", fuelUsedKg, 0, 500_000);
    range(errors, "distanceNm", distanceNm, 0, MAX_DISTANCE_NM);
    range(errors, "landingRateFpm", landingRateFpm, -MAX_LANDING_RATE_FPM, MAX_LANDING_RATE_FPM);
    text(errors, "route", route);
    text(errors, "notes", notes);
    return errors;
  }

  /** What is wrong with the four codes that a PIREP and a live flight both declare, as {@link #problems} says. */
  public static List<FieldError> planProblems(String flightNumber, String departure, String arrival,
      String aircraftType) {
    List<FieldError> errors = new ArrayList<>();
    code(errors, "flightNumber", flightNumber, 1, 10, true, "must be 1 to 10 letters A-Z or digits");
    code(errors, "departure", departure, 4, 4, false, "must be a 4-letter ICAO airport code");
    code(errors, "arrival", arrival, 4, 4, false, "must be a 4-letter ICAO airport code");
    code(errors, "aircraftType", aircraftType, 2, 4, true, "must be an ICAO type designator, 2 to 4 letters or digits");
    return errors;
  }

  /** Whether the block-on time, if both are given, comes after the block-off time. */
  public static boolean inOrder(Instant blockOffAt, Instant blockOnAt) {
    return blockOffAt == null || blockOnAt == null || blockOnAt.isAfter(blockOffAt);
  }

  /** A required code of {@code min..max} characters A-Z, and digits where {@code digits}. */
  private static void code(List<FieldError> errors, String field, String value, int min, int max, boolean digits,
      String rule) {
    if (value == null) {
      errors.add(new FieldError(field, "is required"));
      return;
    }
    boolean valid = value.length() >= min && value.length() <= max;
    for (int i = 0; valid && i < value.length(); i++) {
      char c = value.charAt(i);
      valid = (c >= 'A' && c <= 'Z') || (digits && c >= '0' && c <= '9');
    }
    if (!valid) {
      errors.add(new FieldError(field, rule));
    }
  }

  private static void range(List<FieldError> errors, String field, Integer value, int min, int max) {
    if (value != null && (value < min || value > max)) {
      errors.add(new FieldError(field, "must be between " + min + " and " + max));
    }
  }

  private static void text(List<FieldError> errors, String field, String value) {
    if (value != null && value.codePointCount(0, value.length()) > MAX_TEXT) {
      errors.add(new FieldError(field, "must be 0 to " + MAX_TEXT + " characters"));
    }
  }
}
