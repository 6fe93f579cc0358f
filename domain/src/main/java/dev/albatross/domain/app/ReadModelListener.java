package dev.albatross.domain.app;

import dev.albatross.domain.port.FeedPosition;
import dev.albatross.domain.readmodel.Applied;
import io.vertx.core.Future;
import java.util.List;

/**
 * Hears of the changes one delivery made once the read models hold them, in order, each with the
 * row it made (live notifications, cache upkeep).
 */
public interface ReadModelListener {
  Future<Void> applied(List<Applied> changes);

  /** The read models hold everything up to {@code position} in the feed (told after each delivery). */
  default Future<Void> reached(FeedPosition position) {
    return Future.succeededFuture();
  }
}
