package dev.albatross.http;

import dev.albatross.domain.readmodel.Page;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * The airline a list is read for, taken from the caller, never from the request: a platform admin
 * reads the airline asked for ({@code tenantId}), or all; anyone else their own. Another airline
 * asked for by anyone else is an empty list, as if it had nothing.
 */
final class TenantScope {
  private TenantScope() {}

  /** Answers the page {@code query} reads for the caller's scope, each item as {@code item} shows it. */
  static <T> void list(RoutingContext ctx, Optional<UUID> asked, Function<Optional<UUID>, Future<Page<T>>> query,
      Function<T, JsonObject> item) {
    Principal principal = Principal.of(ctx);
    Future<Page<T>> page;
    if (principal.actor().isPlatformAdmin()) {
      page = query.apply(asked);
    } else if (asked.isPresent() && !principal.sees(asked.get())) {
      page = Future.succeededFuture(new Page<>(List.of(), null));
    } else {
      page = query.apply(Optional.of(principal.actor().tenantId()));
    }
    Responses.respond(ctx, page.compose(p -> Responses.ok(ctx, Representations.page(p, item))));
  }
}
