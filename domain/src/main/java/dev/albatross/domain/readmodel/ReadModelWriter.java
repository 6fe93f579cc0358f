package dev.albatross.domain.readmodel;

import dev.albatross.domain.port.RecordedEvent;
import io.vertx.core.Future;
import java.util.UUID;

/**
 * Applies events to the read models. Each row remembers the version of the stream it reflects:
 * {@code apply} ignores an event at or below it (a redelivery) and reports whether it applied.
 */
public interface ReadModelWriter {

  /** The version of {@code streamId} the read models reflect; 0 if none. */
  Future<Long> streamVersion(UUID streamId, String streamType);

  Future<Boolean> apply(RecordedEvent event);

  /** Empties every read model, for a rebuild. */
  Future<Void> reset();
}
