package dev.albatross.domain.port;

import io.vertx.core.Future;
import java.util.List;
import java.util.function.Function;

/**
 * Delivers published events in publication order, in batches: the handler gets every delivery
 * in hand (at least one), and the next batch waits for its future. A batch whose handler failed
 * is delivered again later, whole (at-least-once).
 */
public interface EventSubscriber {
  Future<Void> subscribe(Function<List<RecordedEvent>, Future<Void>> handler);

  /**
   * Drops the connection to the bus, if it has one, for a new one: a consumer found stuck. What
   * it held unacknowledged is delivered again.
   */
  default void restart(String reason) {}
}
