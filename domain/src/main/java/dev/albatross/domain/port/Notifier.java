package dev.albatross.domain.port;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;

/** Tells live clients that a read model changed; at-most-once, clients refetch on reconnect. */
public interface Notifier {
  Future<Void> notify(String address, JsonObject body);
}
