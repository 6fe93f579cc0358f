package dev.albatross.domain.port;

import io.vertx.core.Future;
import java.util.List;

/** Hands recorded events to the event bus; succeeds only once the bus has them (confirmed). */
public interface EventPublisher {
  Future<Void> publish(List<RecordedEvent> events);

  /** Drops the connection to the bus, if it has one, for a new one: a publisher found stuck. */
  default void restart(String reason) {}
}
