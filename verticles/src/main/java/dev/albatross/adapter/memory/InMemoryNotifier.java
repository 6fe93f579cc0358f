package dev.albatross.adapter.memory;

import dev.albatross.bus.Addresses;
import dev.albatross.domain.port.Notifier;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.function.Function;

/**
 * Live notifications within one process: published on the local event bus for the bridge to
 * forward, in the form {@code encode} gives them (the HTTP edge's).
 */
public final class InMemoryNotifier implements Notifier {
  private final Vertx vertx;
  private final Function<Notification, JsonObject> encode;

  public InMemoryNotifier(Vertx vertx, Function<Notification, JsonObject> encode) {
    this.vertx = vertx;
    this.encode = encode;
  }

  @Override
  public Future<Void> notify(List<Notification> notifications) {
    for (Notification n : notifications) {
      vertx.eventBus().publish(Addresses.NOTIFICATIONS, encode.apply(n));
    }
    return Future.succeededFuture();
  }
}
