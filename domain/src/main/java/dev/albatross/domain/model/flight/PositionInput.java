package dev.albatross.domain.model.flight;

import dev.albatross.domain.error.FieldError;
import java.time.Instant;
import java.util.List;

/**
 * A position as a client sent it, before it is checked: any field may be missing (null) or out of
 * range. Numbers are wide so that a value out of range is reported rather than lost in parsing.
 */
public record PositionInput(
    Long seq,
    Instant at,
    Double lat,
    Double lon,
    Double altitudeFt,
    Double headingDeg,
    Double groundSpeedKt,
    Double verticalSpeedFpm,
    Boolean onGround) {

  /** Every bad field, each named with {@code prefix}, e.g. {@code positions[3].lat}. */
  List<FieldError> errors(String prefix) {
    return PositionRules.check(
        prefix, seq, at, lat, lon, altitudeFt, headingDeg, groundSpeedKt, verticalSpeedFpm);
  }

  /** Whole feet, knots and feet per minute are as precise as any use of them here. */
  Position toPosition() {
    return new Position(
        Math.toIntExact(seq),
        at,
        lat,
        lon,
        (int) Math.round(altitudeFt),
        headingDeg,
        (int) Math.round(groundSpeedKt),
        (int) Math.round(verticalSpeedFpm),
        onGround);
  }
}
