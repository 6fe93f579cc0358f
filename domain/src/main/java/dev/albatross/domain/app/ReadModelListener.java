package dev.albatross.domain.app;

import dev.albatross.domain.readmodel.Applied;
import io.vertx.core.Future;

/** Hears of each event once the read models hold it, with the row it made (live notifications, cache upkeep). */
public interface ReadModelListener {
  Future<Void> applied(Applied change);
}
