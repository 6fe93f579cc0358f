package dev.albatross.http;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

final class Responses {
  private Responses() {}

  static Future<Void> json(RoutingContext ctx, int status, JsonObject body) {
    return ctx.response().setStatusCode(status).putHeader("Content-Type", "application/json").end(body.encode());
  }

  static Future<Void> ok(RoutingContext ctx, JsonObject body) {
    return json(ctx, 200, body);
  }

  /** A 200 with a body already encoded as JSON. */
  static Future<Void> ok(RoutingContext ctx, String json) {
    return ctx.response().setStatusCode(200).putHeader("Content-Type", "application/json").end(json);
  }

  static Future<Void> created(RoutingContext ctx, String location, JsonObject body) {
    ctx.response().putHeader("Location", location);
    return json(ctx, 201, body);
  }

  static Future<Void> noContent(RoutingContext ctx) {
    return ctx.response().setStatusCode(204).end();
  }

  /** Runs a handler's future to its response, or hands its failure to the failure handler. */
  static void respond(RoutingContext ctx, Future<?> work) {
    work.onFailure(ctx::fail);
  }
}
