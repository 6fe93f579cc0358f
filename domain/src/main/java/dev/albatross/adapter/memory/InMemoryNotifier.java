package dev.albatross.adapter.memory;

import dev.albatross.domain.app.Addresses;
import dev.albatross.domain.port.Notifier;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.util.List;

/** Live notifications within one process: published on the local event bus for the bridge to forward. */
public final class InMemoryNotifier implements Notifier {
  private final Vertx vertx;

  public InMemoryNotifier(Vertx vertx) {
    this.vertx = vertx;
  }

  @Override
  public Future<Void> notify(List<Notification> notifications) {
    for (Notification n : notifications) {
      vertx.eventBus().publish(Addresses.NOTIFICATIONS, new JsonObject().put("address", n.address()).put("body", n.body()));
    }
    return Future.succeededFuture();
  }
}
