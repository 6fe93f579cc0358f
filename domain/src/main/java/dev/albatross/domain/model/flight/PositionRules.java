package dev.albatross.domain.model.flight;

import dev.albatross.domain.error.FieldError;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The ranges of a position's fields, in one place for both a {@link Position} built in code and
 * a batch of {@link PositionInput}s from a client. A null value is a missing field.
 */
final class PositionRules {
  static final long MAX_SEQ = Integer.MAX_VALUE;

  private PositionRules() {}

  static List<FieldError> check(
      String prefix,
      Long seq,
      Instant at,
      Double lat,
      Double lon,
      Double altitudeFt,
      Double headingDeg,
      Double groundSpeedKt,
      Double verticalSpeedFpm) {
    List<FieldError> errors = new ArrayList<>();
    if (seq == null) {
      errors.add(new FieldError(prefix + "seq", "is required"));
    } else if (seq < 0 || seq > MAX_SEQ) {
      errors.add(new FieldError(prefix + "seq", "must be between 0 and " + MAX_SEQ));
    }
    if (at == null) {
      errors.add(new FieldError(prefix + "at", "is required"));
    }
    range(errors, prefix + "lat", lat, -90, 90);
    range(errors, prefix + "lon", lon, -180, 180);
    range(errors, prefix + "altitudeFt", altitudeFt, -2_000, 60_000);
    range(errors, prefix + "headingDeg", headingDeg, 0, 360);
    range(errors, prefix + "groundSpeedKt", groundSpeedKt, 0, 1_000);
    range(errors, prefix + "verticalSpeedFpm", verticalSpeedFpm, -20_000, 20_000);
    return errors;
  }

  private static void range(List<FieldError> errors, String field, Double value, double min, double max) {
    if (value == null) {
      errors.add(new FieldError(field, "is required"));
    } else if (!(value >= min && value <= max)) {
      // written so that NaN fails too
      errors.add(new FieldError(field, "must be between " + format(min) + " and " + format(max)));
    }
  }

  private static String format(double bound) {
    return Long.toString((long) bound);
  }
}
