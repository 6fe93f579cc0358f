package dev.albatross.domain.port;

import io.vertx.core.Future;
import java.util.List;

/** Hands recorded events to the event bus; succeeds only once the bus has them (confirmed). */
public interface EventPublisher {
  Future<Void> publish(List<RecordedEvent> events);
}
