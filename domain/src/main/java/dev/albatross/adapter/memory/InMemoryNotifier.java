package dev.albatross.adapter.memory;

import dev.albatross.domain.app.Addresses;
import dev.albatross.domain.port.Notifier;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;

/** Live notifications within one process: published on the local event bus for the bridge to forward. */
public final class InMemoryNotifier implements Notifier {
  private final Vertx vertx;

  public InMemoryNotifier(Vertx vertx) {
    this.vertx = vertx;
  }

  @Override
  public Future<Void> notify(String address, JsonObject body) {
    vertx.eventBus().publish(Addresses.NOTIFICATIONS, new JsonObject().put("address", address).put("body", body));
    return Future.succeededFuture();
  }
}
