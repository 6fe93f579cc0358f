package dev.albatross.command;

import dev.albatross.domain.error.Conflict;
import dev.albatross.domain.error.DomainException;
import dev.albatross.domain.error.FieldError;
import dev.albatross.domain.error.Forbidden;
import dev.albatross.domain.error.NotFound;
import dev.albatross.domain.error.ServiceUnavailable;
import dev.albatross.domain.error.Unauthorized;
import dev.albatross.domain.error.ValidationFailed;
import io.vertx.core.eventbus.ReplyException;
import io.vertx.core.eventbus.ReplyFailure;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;

/**
 * A command's refusal as it crosses the event bus: a failure code and a JSON message on the
 * command side, the same typed exception again on the HTTP side.
 */
public final class CommandFailures {
  /** The failure code of a refusal; anything else is an unexpected error. */
  public static final int REFUSED = 1;

  private CommandFailures() {}

  public static String encode(DomainException e) {
    JsonArray errors = new JsonArray();
    if (e instanceof ValidationFailed v) {
      v.errors().forEach(f -> errors.add(new JsonObject().put("field", f.field()).put("message", f.message())));
    }
    return new JsonObject().put("type", e.type()).put("detail", e.detail()).put("errors", errors).encode();
  }

  public static Throwable decode(Throwable failure) {
    if (!(failure instanceof ReplyException reply)) {
      return failure;
    }
    if (reply.failureType() != ReplyFailure.RECIPIENT_FAILURE) {
      return new ServiceUnavailable("The command service did not answer; try again.");
    }
    if (reply.failureCode() != REFUSED) {
      return new IllegalStateException("command failed: " + reply.getMessage());
    }
    return refusal(new JsonObject(reply.getMessage()));
  }

  private static DomainException refusal(JsonObject json) {
    String type = json.getString("type");
    String detail = json.getString("detail");
    switch (type) {
      case "validation":
        List<FieldError> errors = new ArrayList<>();
        json.getJsonArray("errors").forEach(o -> {
          JsonObject f = (JsonObject) o;
          errors.add(new FieldError(f.getString("field"), f.getString("message")));
        });
        return new ValidationFailed(errors);
      case "not-found":
        return new NotFound(detail);
      case "unauthorized":
        return new Unauthorized(detail);
      case "forbidden":
        return new Forbidden(detail);
      case "password-change-required":
        return Forbidden.passwordChangeRequired();
      case "service-unavailable":
        return new ServiceUnavailable(detail);
      default:
        return new Conflict(type, detail) {};
    }
  }
}
