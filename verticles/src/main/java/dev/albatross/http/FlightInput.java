package dev.albatross.http;

import dev.albatross.domain.error.FieldError;
import dev.albatross.domain.error.ValidationFailed;
import dev.albatross.domain.model.flight.FilingInput;
import dev.albatross.domain.model.flight.FlightPlan;
import dev.albatross.domain.model.flight.Position;
import dev.albatross.domain.model.flight.PositionBatch;
import dev.albatross.domain.model.flight.PositionInput;
import dev.albatross.domain.port.Airports;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The bodies of the live-flight routes of API.md, validated field by field. */
final class FlightInput {
  private FlightInput() {}

  /** A flight's start: the PIREP input's flight fields, both airports known, and the optional route and client. */
  static FlightPlan plan(Body body, Airports airports) {
    PirepInput.Planned p = PirepInput.planned(body, airports);
    String route = body.string("route", false, 0, 2000);
    String client = body.string("client", false, 1, 50);
    body.validate();
    return new FlightPlan(p.flightNumber(), p.departure(), p.arrival(), p.aircraftType(), route, client);
  }

  /** What a client may report when filing; every field is optional. */
  static FilingInput filing(Body body) {
    Integer flightTime = body.integer("flightTimeMinutes", false, 1, 1440);
    Integer fuel = body.integer("fuelUsedKg", false, 0, 500_000);
    Integer landingRate = body.integer("landingRateFpm", false, -5000, 5000);
    PirepInput.Blocks blocks = PirepInput.blocks(body);
    String notes = body.string("notes", false, 0, 2000);
    body.validate();
    return new FilingInput(flightTime, fuel, landingRate, blocks.off(), blocks.on(), notes);
  }

  /**
   * The batch, all or nothing: every bad position field, wrongly typed or out of range, is named
   * {@code positions[i].field}, and none is kept.
   */
  static List<Position> positions(Body body) {
    JsonArray array = body.array("positions");
    body.validate();
    if (array.isEmpty() || array.size() > PositionBatch.MAX_SIZE) {
      return PositionBatch.validate(List.of());
    }
    Map<String, FieldError> typeErrors = new LinkedHashMap<>();
    List<PositionInput> inputs = new ArrayList<>(array.size());
    for (int i = 0; i < array.size(); i++) {
      String prefix = "positions[" + i + "].";
      inputs.add(array.getValue(i) instanceof JsonObject json ? input(json, prefix, typeErrors) : null);
    }
    try {
      List<Position> positions = PositionBatch.validate(inputs);
      if (typeErrors.isEmpty()) {
        return positions;
      }
      throw new ValidationFailed(List.copyOf(typeErrors.values()));
    } catch (ValidationFailed rangeErrors) {
      rangeErrors.errors().forEach(e -> typeErrors.putIfAbsent(e.field(), e));
      throw new ValidationFailed(List.copyOf(typeErrors.values()));
    }
  }

  private static PositionInput input(JsonObject json, String prefix, Map<String, FieldError> errors) {
    Double seq = number(json, "seq", prefix, errors);
    if (seq != null && seq != Math.rint(seq)) {
      errors.put(prefix + "seq", new FieldError(prefix + "seq", "must be an integer"));
      seq = null;
    }
    return new PositionInput(
        seq == null ? null : (long) Math.max(-1, Math.min(seq, (double) Long.MAX_VALUE)),
        instant(json, prefix, errors),
        number(json, "lat", prefix, errors),
        number(json, "lon", prefix, errors),
        number(json, "altitudeFt", prefix, errors),
        number(json, "headingDeg", prefix, errors),
        number(json, "groundSpeedKt", prefix, errors),
        number(json, "verticalSpeedFpm", prefix, errors),
        onGround(json, prefix, errors));
  }

  private static Double number(JsonObject json, String field, String prefix, Map<String, FieldError> errors) {
    Object value = json.getValue(field);
    if (value == null || value instanceof Number) {
      return value == null ? null : ((Number) value).doubleValue();
    }
    errors.put(prefix + field, new FieldError(prefix + field, "must be a number"));
    return null;
  }

  private static Instant instant(JsonObject json, String prefix, Map<String, FieldError> errors) {
    Object value = json.getValue("at");
    if (value == null) {
      return null;
    }
    try {
      if (value instanceof String s) {
        return Instant.parse(s);
      }
    } catch (DateTimeParseException e) {
      // reported below, as for any other value that is not a time
    }
    errors.put(prefix + "at", new FieldError(prefix + "at", "must be an ISO-8601 time such as 2026-11-26T21:00:00Z"));
    return null;
  }

  private static Boolean onGround(JsonObject json, String prefix, Map<String, FieldError> errors) {
    Object value = json.getValue("onGround");
    if (value == null || value instanceof Boolean) {
      return (Boolean) value;
    }
    errors.put(prefix + "onGround", new FieldError(prefix + "onGround", "must be true or false"));
    return null;
  }
}
