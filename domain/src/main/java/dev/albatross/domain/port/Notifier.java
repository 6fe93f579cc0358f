package dev.albatross.domain.port;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.util.List;

/** Tells live clients that a read model changed; at-most-once, clients refetch on reconnect. */
public interface Notifier {
  /** A body for the clients listening on an address. */
  record Notification(String address, JsonObject body) {}

  /**
   * Sends the notifications in the order given: those of one delivery, which a shared notifier
   * sends in one round trip.
   */
  Future<Void> notify(List<Notification> notifications);
}
