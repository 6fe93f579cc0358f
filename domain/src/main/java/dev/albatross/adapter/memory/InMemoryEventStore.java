package dev.albatross.adapter.memory;

import dev.albatross.domain.port.AppendSignal;
import dev.albatross.domain.port.Backlog;
import dev.albatross.domain.port.EventMetadata;
import dev.albatross.domain.port.EventStore;
import dev.albatross.domain.port.FeedPosition;
import dev.albatross.domain.port.PendingEvent;
import dev.albatross.domain.port.RecordedEvent;
import dev.albatross.domain.port.StreamWrite;
import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The event store in one process's memory. Appends are serialised, so each append is its own
 * transaction and feed order is append order. Events are kept as they are (they are immutable);
 * the stores that keep bytes run the same contract tests. An append answers with the events it
 * was given, as PostgreSQL's store does.
 */
public final class InMemoryEventStore implements EventStore, AppendSignal {

  private final List<RecordedEvent> all = new ArrayList<>();
  private final Map<UUID, List<RecordedEvent>> streams = new HashMap<>();
  private final Set<UUID> eventIds = new HashSet<>();
  private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
  private long transactions;

  @Override
  public Future<List<RecordedEvent>> append(List<StreamWrite> writes, EventMetadata metadata) {
    List<RecordedEvent> recorded;
    try {
      recorded = appendRows(writes, metadata);
    } catch (RuntimeException refusal) {
      return Future.failedFuture(refusal);
    }
    listeners.forEach(Runnable::run);
    return Future.succeededFuture(recorded);
  }

  private synchronized List<RecordedEvent> appendRows(List<StreamWrite> writes, EventMetadata metadata) {
    StreamWrite.refuseInvalid(writes, this::version, eventIds::contains);
    long transaction = ++transactions;
    List<RecordedEvent> recorded = new ArrayList<>();
    for (StreamWrite write : writes) {
      long version = write.expectedVersion();
      for (PendingEvent e : write.events()) {
        RecordedEvent row = new RecordedEvent(new FeedPosition(transaction, all.size() + 1L), e.eventId(),
            write.streamId(), write.streamType(), ++version, write.tenantId(), metadata, e.event());
        all.add(row);
        streams.computeIfAbsent(write.streamId(), id -> new ArrayList<>()).add(row);
        eventIds.add(e.eventId());
        recorded.add(row);
      }
    }
    return recorded;
  }

  private long version(UUID streamId) {
    List<RecordedEvent> rows = streams.get(streamId);
    return rows == null ? 0 : rows.get(rows.size() - 1).version();
  }

  @Override
  public Future<List<RecordedEvent>> load(UUID streamId) {
    List<RecordedEvent> rows;
    synchronized (this) {
      rows = List.copyOf(streams.getOrDefault(streamId, List.of()));
    }
    return Future.succeededFuture(rows);
  }

  @Override
  public Future<List<RecordedEvent>> readAfter(FeedPosition after, int limit) {
    List<RecordedEvent> rows;
    synchronized (this) {
      int from = (int) Math.min(after.position(), all.size());
      rows = List.copyOf(all.subList(from, Math.min(all.size(), from + limit)));
    }
    return Future.succeededFuture(rows);
  }

  @Override
  public synchronized Future<Optional<FeedPosition>> feedPositionAt(long position) {
    if (position <= 0) {
      return Future.succeededFuture(Optional.of(FeedPosition.START));
    }
    if (position > all.size()) {
      return Future.succeededFuture(Optional.empty());
    }
    return Future.succeededFuture(Optional.of(all.get((int) position - 1).feedPosition()));
  }

  @Override
  public Future<Backlog> backlog(FeedPosition after) {
    synchronized (this) {
      int from = (int) Math.min(after.position(), all.size());
      if (from == all.size()) {
        return Future.succeededFuture(Backlog.NONE);
      }
      return Future.succeededFuture(new Backlog(Math.min(all.size() - from, Backlog.COUNTED_UP_TO),
          Optional.of(all.get(from).metadata().occurredAt())));
    }
  }

  @Override
  public Future<Void> onAppend(Runnable wake) {
    listeners.add(wake);
    return Future.succeededFuture();
  }
}
