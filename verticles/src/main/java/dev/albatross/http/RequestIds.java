package dev.albatross.http;

import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import java.util.UUID;

/** Each request gets a correlation id, carried into the events it causes and echoed as {@code X-Request-Id}. */
final class RequestIds implements Handler<RoutingContext> {
  private static final String KEY = "albatross.request-id";

  static UUID of(RoutingContext ctx) {
    return ctx.get(KEY);
  }

  @Override
  public void handle(RoutingContext ctx) {
    UUID id = UUID.randomUUID();
    ctx.put(KEY, id);
    ctx.response().putHeader("X-Request-Id", id.toString());
    ctx.next();
  }
}
