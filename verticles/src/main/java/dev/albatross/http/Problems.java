package dev.albatross.http;

import dev.albatross.domain.error.DomainException;
import dev.albatross.domain.error.FieldError;
import dev.albatross.domain.error.RateLimited;
import dev.albatross.domain.error.StaleRead;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.HttpException;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one failure handler: every refusal and error becomes an RFC 9457 problem. Domain
 * exceptions map by their kind; anything unexpected is logged and answered 500 without internals.
 */
public final class Problems implements Handler<RoutingContext> {
  private static final Logger LOG = LoggerFactory.getLogger(Problems.class);
  public static final String TYPE_BASE = "https://albatross.dev/problems/";
  public static final String CONTENT_TYPE = "application/problem+json";

  private static final Map<Integer, String> TITLES = Map.ofEntries(
      Map.entry(400, "Bad Request"),
      Map.entry(401, "Unauthorized"),
      Map.entry(403, "Forbidden"),
      Map.entry(404, "Not Found"),
      Map.entry(405, "Method Not Allowed"),
      Map.entry(409, "Conflict"),
      Map.entry(413, "Content Too Large"),
      Map.entry(415, "Unsupported Media Type"),
      Map.entry(429, "Too Many Requests"),
      Map.entry(500, "Internal Server Error"),
      Map.entry(503, "Service Unavailable"));

  @Override
  public void handle(RoutingContext ctx) {
    handle(ctx, ctx.statusCode());
  }

  /** {@code status} is what the router decided when it did not say it in the context. */
  void handle(RoutingContext ctx, int routerStatus) {
    int status = ctx.statusCode() > 0 ? ctx.statusCode() : routerStatus;
    if (ctx.response().headWritten()) {
      ctx.response().reset();
      return;
    }
    Throwable failure = ctx.failure();
    if (failure instanceof DomainException domain) {
      send(ctx, domain);
    } else if (failure instanceof HttpException http) {
      send(ctx, http.getStatusCode(), slug(http.getStatusCode()), defaultDetail(http.getStatusCode()), List.of());
    } else if (failure == null && status >= 400 || status >= 400 && status < 500) {
      // the router's own refusals (an undecodable path parameter is a 400 with its exception)
      send(ctx, status, slug(status), defaultDetail(status), List.of());
    } else {
      LOG.error("Unexpected failure on {} {}", ctx.request().method(), ctx.request().path(), failure);
      send(ctx, 500, "internal", "Something went wrong on our side.", List.of());
    }
  }

  public static void send(RoutingContext ctx, DomainException e) {
    send(ctx, status(ctx, e), e.type(), e.detail(), e.errors());
  }

  /** The status of each kind of refusal, with the {@code Retry-After} of those that may be asked again. */
  private static int status(RoutingContext ctx, DomainException e) {
    return switch (e.kind()) {
      case VALIDATION -> 400;
      case UNAUTHORIZED -> 401;
      case FORBIDDEN -> 403;
      case NOT_FOUND -> 404;
      case CONFLICT -> 409;
      case RATE_LIMITED -> {
        retryAfter(ctx, Math.max(1, ((RateLimited) e).retryAfter().toSeconds() + 1));
        yield 429;
      }
      case SERVICE_UNAVAILABLE -> 503;
      case STALE_READ -> {
        retryAfter(ctx, StaleRead.RETRY_AFTER.toSeconds());
        yield 503;
      }
    };
  }

  private static void retryAfter(RoutingContext ctx, long seconds) {
    ctx.response().putHeader("Retry-After", Long.toString(seconds));
  }

  public static void send(RoutingContext ctx, int status, String type, String detail, List<FieldError> errors) {
    JsonObject problem = new JsonObject()
        .put("type", TYPE_BASE + type)
        .put("title", TITLES.getOrDefault(status, "Error"))
        .put("status", status)
        .put("detail", detail);
    if (!errors.isEmpty()) {
      JsonArray list = new JsonArray();
      errors.forEach(e -> list.add(new JsonObject().put("field", e.field()).put("message", e.message())));
      problem.put("errors", list);
    }
    HttpServerResponse response = ctx.response();
    response.setStatusCode(status).putHeader("Content-Type", CONTENT_TYPE).end(problem.encode());
  }

  private static String slug(int status) {
    switch (status) {
      case 400: return "validation";
      case 401: return "unauthorized";
      case 403: return "forbidden";
      case 404: return "not-found";
      case 405: return "method-not-allowed";
      case 413: return "content-too-large";
      case 415: return "unsupported-media-type";
      default: return status >= 500 ? "internal" : "error";
    }
  }

  private static String defaultDetail(int status) {
    switch (status) {
      case 400: return "The request cannot be read: check its path, query and body.";
      case 401: return "Sign in, or send a valid API key.";
      case 404: return "There is nothing here.";
      case 405: return "This method is not allowed here.";
      case 413: return "The request body is larger than 64 KiB.";
      case 415: return "Send JSON (application/json).";
      default: return TITLES.getOrDefault(status, "Error") + ".";
    }
  }
}
