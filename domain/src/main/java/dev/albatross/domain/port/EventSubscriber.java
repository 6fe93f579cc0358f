package dev.albatross.domain.port;

import io.vertx.core.Future;
import java.util.function.Function;

/**
 * Delivers published events one at a time, in publication order; the next delivery waits for
 * the handler's future. A failed handler gets the event again later (at-least-once).
 */
public interface EventSubscriber {
  Future<Void> subscribe(Function<RecordedEvent, Future<Void>> handler);
}
