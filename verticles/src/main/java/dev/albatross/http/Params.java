package dev.albatross.http;

import dev.albatross.domain.error.FieldError;
import dev.albatross.domain.error.NotFound;
import dev.albatross.domain.error.ValidationFailed;
import dev.albatross.domain.readmodel.Cursor;
import dev.albatross.domain.readmodel.PageRequest;
import io.vertx.ext.web.RoutingContext;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/** Path and query parameters, validated. */
final class Params {
  private Params() {}

  /** A path id; one that is not a UUID names nothing, so it is a 404 like an unknown one. */
  static UUID pathId(RoutingContext ctx, String name) {
    try {
      return UUID.fromString(ctx.pathParam(name));
    } catch (IllegalArgumentException e) {
      throw new NotFound("There is nothing with this id.");
    }
  }

  static PageRequest page(RoutingContext ctx) {
    return new PageRequest(limit(ctx, PageRequest.DEFAULT_LIMIT, PageRequest.MAX_LIMIT),
        query(ctx, "cursor", Cursor::decode));
  }

  /** The query parameter {@code limit}: an integer from 1 to {@code max}, {@code fallback} when absent. */
  static int limit(RoutingContext ctx, int fallback, int max) {
    String rawLimit = ctx.request().getParam("limit");
    if (rawLimit == null) {
      return fallback;
    }
    int limit;
    try {
      limit = Integer.parseInt(rawLimit);
    } catch (NumberFormatException e) {
      limit = -1;
    }
    if (limit < 1 || limit > max) {
      throw ValidationFailed.of("limit", "must be an integer from 1 to " + max);
    }
    return limit;
  }

  /** A required query parameter of 1 to {@code max} characters, not blank. */
  static String text(RoutingContext ctx, String name, int max) {
    String value = ctx.request().getParam(name);
    if (value == null || value.isBlank()) {
      throw ValidationFailed.of(name, "is required");
    }
    if (value.codePointCount(0, value.length()) > max) {
      throw ValidationFailed.of(name, "must be 1 to " + max + " characters");
    }
    return value;
  }

  static Optional<UUID> uuid(RoutingContext ctx, String name) {
    return query(ctx, name, value -> {
      try {
        return UUID.fromString(value);
      } catch (IllegalArgumentException e) {
        throw ValidationFailed.of(name, "must be a UUID");
      }
    });
  }

  static <E extends Enum<E>> Optional<E> enumeration(RoutingContext ctx, String name, Class<E> type) {
    return query(ctx, name, value -> {
      try {
        return Enum.valueOf(type, value);
      } catch (IllegalArgumentException e) {
        throw new ValidationFailed(List.of(new FieldError(name, "must be one of "
            + Arrays.toString(type.getEnumConstants()))));
      }
    });
  }

  private static <T> Optional<T> query(RoutingContext ctx, String name, Function<String, T> parse) {
    String value = ctx.request().getParam(name);
    return value == null || value.isEmpty() ? Optional.empty() : Optional.of(parse.apply(value));
  }
}
