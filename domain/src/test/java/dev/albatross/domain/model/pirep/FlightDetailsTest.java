package dev.albatross.domain.model.pirep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.albatross.domain.error.FieldError;
import dev.albatross.domain.error.ValidationFailed;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Flight details cannot be built invalid")
class FlightDetailsTest {
  private static final Instant OFF = Instant.parse("2026-11-26T20:00:00Z");

  @Test
  @DisplayName("take valid values, the edges of each range included")
  void valid() {
    FlightDetails edges = new FlightDetails("A".repeat(10), "EDDF", "KJFK", "C1", 1440, OFF, OFF.plusSeconds(60), 0,
        20_000, -5000, "r".repeat(2000), "n".repeat(2000));

    assertThat(edges.flightTimeMinutes()).isEqualTo(1440);
    assertThat(new FlightDetails("1", "EDDF", "EDDM", "A320", 1, null, null, null, null, null, null, null).route())
        .isNull();
  }

  @Test
  @DisplayName("refuse every bad field at once, each named with its rule, in the order of the fields")
  void everyBadField() {
    ValidationFailed refused = catchThrowableOfType(() -> new FlightDetails("DLH-1", "EDD", "kjfk", "B", 0, OFF,
        OFF.minusSeconds(60), -1, 20_001, 5001, "R".repeat(2001), "N".repeat(2001)), ValidationFailed.class);

    assertThat(refused.errors()).containsExactly(
        new FieldError("flightNumber", "must be 1 to 10 letters A-Z or digits"),
        new FieldError("departure", "must be a 4-letter ICAO airport code"),
        new FieldError("arrival", "must be a 4-letter ICAO airport code"),
        new FieldError("aircraftType", "must be an ICAO type designator, 2 to 4 letters or digits"),
        new FieldError("flightTimeMinutes", "must be between 1 and 1440"),
        new FieldError("blockOnAt", "must be after blockOffAt"),
        new FieldError("fuelUsedKg", "must be between 0 and 500000"),
        new FieldError("distanceNm", "must be between 0 and 20000"),
        new FieldError("landingRateFpm", "must be between -5000 and 5000"),
        new FieldError("route", "must be 0 to 2000 characters"),
        new FieldError("notes", "must be 0 to 2000 characters"));
  }

  @Test
  @DisplayName("name a missing required value, and a block-on time equal to the block-off time")
  void missingAndEqualBlockTimes() {
    List<FieldError> problems = FlightDetails.problems(null, "EDDF", null, "A320", null, OFF, OFF, null, null, null,
        null, null);

    assertThat(problems).containsExactly(
        new FieldError("flightNumber", "is required"),
        new FieldError("arrival", "is required"),
        new FieldError("flightTimeMinutes", "is required"),
        new FieldError("blockOnAt", "must be after blockOffAt"));
  }
}
