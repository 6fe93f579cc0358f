package dev.albatross.domain.app;

import dev.albatross.domain.port.EventStore;
import dev.albatross.domain.port.RecordedEvent;
import dev.albatross.domain.readmodel.Projections;
import dev.albatross.domain.readmodel.ReadModelWriter;
import io.vertx.core.Future;
import java.util.List;

/**
 * Applies each delivered event to the read models exactly once and in stream order: an event at
 * or below the row's version is a redelivery and is ignored; one that skips versions first gets
 * the missing events from the event store. Listeners hear of a change after it is applied.
 */
public final class ProjectionService {

  private final EventStore store;
  private final ReadModelWriter writer;
  private final List<ReadModelListener> listeners;

  public ProjectionService(EventStore store, ReadModelWriter writer, List<ReadModelListener> listeners) {
    this.store = store;
    this.writer = writer;
    this.listeners = List.copyOf(listeners);
  }

  /** The usual event is the next of its stream and applies at once; only a refused one costs a version check. */
  public Future<Void> handle(RecordedEvent event) {
    if (!Projections.projects(event.streamType())) {
      return Future.succeededFuture();
    }
    return writer.apply(event).compose(applied -> applied ? tell(event) : duplicateOrGap(event));
  }

  private Future<Void> duplicateOrGap(RecordedEvent event) {
    return writer.streamVersion(event.streamId(), event.streamType()).compose(version -> {
      if (event.version() <= version) {
        return Future.succeededFuture();
      }
      return store.load(event.streamId()).compose(history -> applyAll(history.stream()
          .filter(e -> e.version() > version && e.version() <= event.version())
          .toList()));
    });
  }

  private Future<Void> applyAll(List<RecordedEvent> events) {
    Future<Void> chain = Future.succeededFuture();
    for (RecordedEvent e : events) {
      chain = chain.compose(v -> writer.apply(e)).compose(applied -> applied ? tell(e) : Future.succeededFuture());
    }
    return chain;
  }

  private Future<Void> tell(RecordedEvent e) {
    Future<Void> chain = Future.succeededFuture();
    for (ReadModelListener listener : listeners) {
      chain = chain.compose(v -> listener.applied(e));
    }
    return chain;
  }
}
