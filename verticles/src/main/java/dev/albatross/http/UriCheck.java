package dev.albatross.http;

import dev.albatross.domain.error.ValidationFailed;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;

/**
 * Answers 400 to a path or query that is not valid percent-encoding ({@code /api/pireps/%ZZ},
 * {@code ?limit=%ZZ}). Decoding either throws wherever it happens, and the router decodes the path
 * to match each route, so such a request could not even reach the failure handler by
 * {@code ctx.fail}: it is answered here, before any route with a path is tried.
 */
final class UriCheck implements Handler<RoutingContext> {

  @Override
  public void handle(RoutingContext ctx) {
    try {
      ctx.normalizedPath();
    } catch (IllegalArgumentException e) {
      Problems.send(ctx, ValidationFailed.of("path", "is not valid percent-encoding"));
      return;
    }
    try {
      ctx.request().params();
    } catch (IllegalArgumentException e) {
      Problems.send(ctx, ValidationFailed.of("query", "is not valid percent-encoding"));
      return;
    }
    ctx.next();
  }
}
