package dev.albatross.domain.readmodel;

import dev.albatross.domain.port.RecordedEvent;
import io.vertx.core.Future;
import java.util.List;
import java.util.UUID;

/**
 * Applies events to the read models. Each row remembers the version of the stream it reflects:
 * an event applies only as its row's next version; one at or below it (a redelivery) or beyond
 * it (a gap) changes nothing.
 */
public interface ReadModelWriter {

  /** The version of {@code streamId} the read models reflect; 0 if none. */
  Future<Long> streamVersion(UUID streamId, String streamType);

  /**
   * Applies {@code events}, given in feed order, as one-by-one applies would, in one step where
   * the adapter can (the live projection and a rebuild both pass batches). Answers the events
   * that applied, in order, each exactly once however many appliers race on it.
   */
  Future<List<Applied>> applyNext(List<RecordedEvent> events);

  /** Applies one event; says whether it applied. */
  default Future<Boolean> apply(RecordedEvent event) {
    return applyNext(List.of(event)).map(applied -> !applied.isEmpty());
  }

  /** Empties every read model, for a rebuild. */
  Future<Void> reset();
}
