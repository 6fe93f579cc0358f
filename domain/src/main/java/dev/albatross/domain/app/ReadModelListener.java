package dev.albatross.domain.app;

import dev.albatross.domain.port.RecordedEvent;
import io.vertx.core.Future;

/** Hears of each event once the read models hold it (live notifications, cache upkeep). */
public interface ReadModelListener {
  Future<Void> applied(RecordedEvent event);
}
