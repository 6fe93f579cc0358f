package dev.albatross.domain.readmodel;

import dev.albatross.domain.port.RecordedEvent;
import io.vertx.core.Future;
import java.util.List;
import java.util.UUID;

/**
 * Applies events to the read models. Each row remembers the version of the stream it reflects:
 * {@code apply} ignores an event at or below it (a redelivery) and reports whether it applied.
 */
public interface ReadModelWriter {

  /** The version of {@code streamId} the read models reflect; 0 if none. */
  Future<Long> streamVersion(UUID streamId, String streamType);

  Future<Boolean> apply(RecordedEvent event);

  /**
   * Applies {@code events}, given in feed order, as {@link #apply} would one after another; an
   * adapter may do it in fewer round trips (a rebuild replays the whole store through here).
   */
  default Future<Void> applyInOrder(List<RecordedEvent> events) {
    Future<Void> chain = Future.succeededFuture();
    for (RecordedEvent e : events) {
      chain = chain.compose(v -> apply(e).mapEmpty());
    }
    return chain;
  }

  /** Empties every read model, for a rebuild. */
  Future<Void> reset();
}
