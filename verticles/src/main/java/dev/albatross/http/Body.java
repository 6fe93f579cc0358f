package dev.albatross.http;

import dev.albatross.domain.error.FieldError;
import dev.albatross.domain.error.ValidationFailed;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Reads a JSON body field by field, collecting one error per bad field, so a request is
 * validated once, at the edge, and either becomes a command or a 400 naming every problem.
 */
public final class Body {
  private final JsonObject json;
  private final String prefix;
  private final List<FieldError> errors;

  private Body(JsonObject json) {
    this(json, "", new ArrayList<>());
  }

  private Body(JsonObject json, String prefix, List<FieldError> errors) {
    this.json = json;
    this.prefix = prefix;
    this.errors = errors;
  }

  public static Body of(RoutingContext ctx) {
    String text = ctx.body().asString();
    if (text == null || text.isBlank()) {
      throw ValidationFailed.of("body", "a JSON object is required");
    }
    Object parsed;
    try {
      parsed = Json.decodeValue(text);
    } catch (DecodeException e) {
      throw ValidationFailed.of("body", "is not valid JSON");
    }
    if (!(parsed instanceof JsonObject object)) {
      throw ValidationFailed.of("body", "must be a JSON object");
    }
    return new Body(object);
  }

  public static Body empty() {
    return new Body(new JsonObject());
  }

  /**
   * The objects of a required array of {@code min..max} of them, each read as a body whose errors
   * name their field {@code field[i].name} and count among this body's; empty, with an error, when
   * the array is not one.
   */
  public List<Body> objects(String field, int min, int max) {
    Object value = json.getValue(field);
    if (!(value instanceof JsonArray array)) {
      error(field, value == null ? "is required" : "must be an array");
      return List.of();
    }
    if (array.size() < min || array.size() > max) {
      error(field, "must have " + min + " to " + max + " items");
      return List.of();
    }
    List<Body> items = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      String at = prefix + field + "[" + i + "]";
      if (array.getValue(i) instanceof JsonObject item) {
        items.add(new Body(item, at + ".", errors));
      } else {
        errors.add(new FieldError(at, "must be an object"));
      }
    }
    return items;
  }

  /** A string of {@code min..max} characters; null when absent and optional. */
  public String string(String field, boolean required, int min, int max) {
    Object value = json.getValue(field);
    if (value == null) {
      if (required) {
        error(field, "is required");
      }
      return null;
    }
    if (!(value instanceof String s)) {
      return error(field, "must be a string");
    }
    int length = s.codePointCount(0, s.length());
    if (length < min || length > max) {
      return error(field, min == max ? "must be " + min + " characters" : "must be " + min + " to " + max + " characters");
    }
    return s;
  }

  /** A required string that, upper-cased, matches {@code pattern}; {@code rule} explains it. */
  public String code(String field, Pattern pattern, String rule) {
    String value = string(field, true, 0, 1000);
    if (value == null) {
      return null;
    }
    String upper = value.toUpperCase(Locale.ROOT);
    return pattern.matcher(upper).matches() ? upper : error(field, rule);
  }

  public Integer integer(String field, boolean required, int min, int max) {
    Integer value = whole(field, required);
    if (value != null && (value < min || value > max)) {
      return error(field, "must be between " + min + " and " + max);
    }
    return value;
  }

  /**
   * A whole number; null when absent and optional. One beyond an int's range is read as the
   * nearest int, outside every range a field allows, never wrapped round into one.
   */
  public Integer whole(String field, boolean required) {
    Object value = json.getValue(field);
    if (value == null) {
      if (required) {
        error(field, "is required");
      }
      return null;
    }
    if (!(value instanceof Number n) || n.doubleValue() != Math.rint(n.doubleValue())) {
      return error(field, "must be an integer");
    }
    return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, n.doubleValue()));
  }

  public Instant instant(String field) {
    Object value = json.getValue(field);
    if (value == null) {
      return null;
    }
    if (!(value instanceof String s)) {
      return error(field, "must be an ISO-8601 time such as 2026-11-26T21:00:00Z");
    }
    try {
      return Instant.parse(s);
    } catch (DateTimeParseException e) {
      return error(field, "must be an ISO-8601 time such as 2026-11-26T21:00:00Z");
    }
  }

  /** The field's JSON array; null, with an error, when it is missing or not an array. */
  public JsonArray array(String field) {
    Object value = json.getValue(field);
    if (value instanceof JsonArray array) {
      return array;
    }
    return error(field, value == null ? "is required" : "must be an array");
  }

  /** The body, or an empty object when the request sent none: for routes whose fields are all optional. */
  public static Body ofOptional(RoutingContext ctx) {
    String text = ctx.body().asString();
    return text == null || text.isBlank() ? empty() : of(ctx);
  }

  public <T> T check(String field, T value, Predicate<T> valid, String message) {
    if (value != null && !valid.test(value)) {
      return error(field, message);
    }
    return value;
  }

  public <T> T error(String field, String message) {
    String named = prefix + field;
    if (errors.stream().noneMatch(e -> e.field().equals(named))) {
      errors.add(new FieldError(named, message));
    }
    return null;
  }

  /** Throws the collected errors, if any: call once every field is read. */
  public void validate() {
    if (!errors.isEmpty()) {
      throw new ValidationFailed(errors);
    }
  }

  /** The errors collected so far, one per field, in the order the fields were read. */
  public List<FieldError> errors() {
    return List.copyOf(errors);
  }
}
