package dev.albatross.adapter.journal;

import dev.albatross.domain.port.AppendSignal;
import dev.albatross.domain.port.Backlog;
import dev.albatross.domain.port.EventMetadata;
import dev.albatross.domain.port.EventStore;
import dev.albatross.domain.port.FeedPosition;
import dev.albatross.domain.port.RecordedEvent;
import dev.albatross.domain.port.StreamWrite;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The event store in segment files of one data directory, for a process without PostgreSQL. It
 * behaves as the in-memory store does (appends serialised, each its own transaction, positions
 * dense), but an append is answered only once it is fsync'd, and a restart reads it all back.
 * Memory holds only an index of where events lie; reads go to the files on worker threads.
 */
public final class JournalEventStore implements EventStore, AppendSignal {
  static final long SEGMENT_BYTES = 64L << 20;

  private final Vertx vertx;
  private final DirectoryLock lock;
  private final Segments segments;
  private final JournalIndex index;
  private final SegmentAppender appender;
  private final JournalWriter writer;
  private final JournalReader reader;
  private final AtomicBoolean closed = new AtomicBoolean();

  private JournalEventStore(Vertx vertx, DirectoryLock lock, Segments segments, JournalIndex index,
      SegmentAppender appender) {
    this.vertx = vertx;
    this.lock = lock;
    this.segments = segments;
    this.index = index;
    this.appender = appender;
    this.writer = new JournalWriter(index, appender);
    this.reader = new JournalReader(segments);
  }

  /** Locks the directory, reads every segment back (on a worker thread) and starts the writer. */
  public static Future<JournalEventStore> open(Vertx vertx, Path dir) {
    return open(vertx, dir, SEGMENT_BYTES);
  }

  static Future<JournalEventStore> open(Vertx vertx, Path dir, long segmentBytes) {
    return vertx.executeBlocking(() -> opened(vertx, dir, segmentBytes), false);
  }

  private static JournalEventStore opened(Vertx vertx, Path dir, long segmentBytes) throws IOException {
    Files.createDirectories(dir);
    DirectoryLock lock = DirectoryLock.take(dir);
    try {
      Segments segments = new Segments(dir);
      JournalIndex index = new JournalIndex();
      JournalScanner.Tail tail = new JournalScanner(segments, index).scan();
      SegmentAppender appender = new SegmentAppender(segments, index, tail, segmentBytes);
      JournalEventStore store = new JournalEventStore(vertx, lock, segments, index, appender);
      store.writer.start();
      return store;
    } catch (IOException | RuntimeException e) {
      lock.close();
      throw e;
    }
  }

  @Override
  public Future<List<RecordedEvent>> append(List<StreamWrite> writes, EventMetadata metadata) {
    if (closed.get()) {
      return Future.failedFuture(new IllegalStateException("the journal is closed"));
    }
    return writer.append(writes, metadata, vertx.getOrCreateContext());
  }

  @Override
  public Future<List<RecordedEvent>> load(UUID streamId) {
    return vertx.executeBlocking(() -> reader.read(index.stream(streamId)), false);
  }

  @Override
  public Future<List<RecordedEvent>> readAfter(FeedPosition after, int limit) {
    return vertx.executeBlocking(() -> reader.read(index.feed(after.position(), limit)), false);
  }

  @Override
  public Future<Optional<FeedPosition>> feedPositionAt(long position) {
    if (position <= 0) {
      return Future.succeededFuture(Optional.of(FeedPosition.START));
    }
    if (position > index.durablePosition()) {
      return Future.succeededFuture(Optional.empty());
    }
    return eventAt(position).map(e -> Optional.of(e.feedPosition()));
  }

  /** Counted from the index; only the oldest waiting event is read, for its time. */
  @Override
  public Future<Backlog> backlog(FeedPosition after) {
    long waiting = index.durablePosition() - after.position();
    if (waiting <= 0) {
      return Future.succeededFuture(Backlog.NONE);
    }
    return eventAt(after.position() + 1).map(oldest -> new Backlog(Math.min(waiting, Backlog.COUNTED_UP_TO),
        Optional.of(oldest.metadata().occurredAt())));
  }

  private Future<RecordedEvent> eventAt(long position) {
    return readAfter(new FeedPosition(0, position - 1), 1).map(events -> events.get(0));
  }

  @Override
  public Future<Void> onAppend(Runnable wake) {
    writer.onAppend(wake);
    return Future.succeededFuture();
  }

  /** How many fsyncs appends have cost: fewer than appends when they arrive together. */
  public long syncCount() {
    return appender.syncCount();
  }

  /** Answers the appends already made, then lets go of the files and the directory lock. */
  public Future<Void> close() {
    if (!closed.compareAndSet(false, true)) {
      return Future.succeededFuture();
    }
    return vertx.executeBlocking(() -> {
      writer.stop();
      appender.close();
      segments.close();
      lock.close();
      return null;
    }, false);
  }
}
