package dev.albatross.domain.app;

import dev.albatross.domain.port.EventStore;
import dev.albatross.domain.port.FeedPosition;
import dev.albatross.domain.port.RecordedEvent;
import dev.albatross.domain.readmodel.Applied;
import dev.albatross.domain.readmodel.Projections;
import dev.albatross.domain.readmodel.ReadModelWriter;
import io.vertx.core.Future;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Applies delivered events to the read models exactly once and in stream order: an event at or
 * below its row's version is a redelivery and is ignored; one that skips versions first gets the
 * missing events from the event store. Listeners hear of the changes after they are applied, in
 * order, each with the row it made: one listener after the other, each told of all the changes
 * one step made at once.
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

  /**
   * The deliveries in hand, in order, applied in one step: the usual event is the next of its
   * stream; only one that did not apply costs a version check.
   */
  public Future<Void> handle(List<RecordedEvent> delivered) {
    FeedPosition reached = delivered.get(delivered.size() - 1).feedPosition();
    return apply(delivered).compose(v -> tellReached(reached));
  }

  private Future<Void> apply(List<RecordedEvent> delivered) {
    List<RecordedEvent> events = delivered.stream().filter(e -> Projections.projects(e.streamType())).toList();
    if (events.isEmpty()) {
      return Future.succeededFuture();
    }
    return writer.applyNext(events).compose(applied -> {
      Set<UUID> done = new HashSet<>();
      applied.forEach(a -> done.add(a.event().eventId()));
      Future<Void> chain = tell(applied);
      for (RecordedEvent e : events) {
        if (!done.contains(e.eventId())) {
          chain = chain.compose(v -> duplicateOrGap(e));
        }
      }
      return chain;
    });
  }

  private Future<Void> duplicateOrGap(RecordedEvent event) {
    return writer.streamVersion(event.streamId(), event.streamType()).compose(version -> {
      if (event.version() <= version) {
        return Future.succeededFuture();
      }
      return store.load(event.streamId()).compose(history -> writer.applyNext(history.stream()
          .filter(e -> e.version() > version && e.version() <= event.version())
          .toList())).compose(this::tell);
    });
  }

  private Future<Void> tellReached(FeedPosition position) {
    Future<Void> chain = Future.succeededFuture();
    for (ReadModelListener listener : listeners) {
      chain = chain.compose(v -> listener.reached(position));
    }
    return chain;
  }

  private Future<Void> tell(List<Applied> changes) {
    if (changes.isEmpty()) {
      return Future.succeededFuture();
    }
    Future<Void> chain = Future.succeededFuture();
    for (ReadModelListener listener : listeners) {
      chain = chain.compose(v -> listener.applied(changes));
    }
    return chain;
  }
}
