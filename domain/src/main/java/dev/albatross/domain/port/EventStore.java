package dev.albatross.domain.port;

import io.vertx.core.Future;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface EventStore {

  /**
   * Appends every write in one atomic step. Fails with {@code ConcurrencyConflict} when a stream
   * is not at its expected version and {@code DuplicateEvent} when an event id is already stored;
   * then nothing is appended.
   */
  Future<List<RecordedEvent>> append(List<StreamWrite> writes, EventMetadata metadata);

  /** The events of one stream, oldest first; empty for a stream that does not exist. */
  Future<List<RecordedEvent>> load(UUID streamId);

  /** Up to {@code limit} events after {@code after} in commit order, never skipping one that commits later. */
  Future<List<RecordedEvent>> readAfter(FeedPosition after, int limit);

  /**
   * Where the event at {@code position} (or, where none is, the last one before it) stands in the
   * feed: what a read waits for when it asks for that position. Empty while the store holds no
   * event at or beyond {@code position}.
   */
  Future<Optional<FeedPosition>> feedPositionAt(long position);

  /** What is stored after {@code after} in commit order: how far behind a reader of the feed is. */
  Future<Backlog> backlog(FeedPosition after);
}
