package dev.albatross.domain.port;

import io.vertx.core.Future;

/** How far a named reader of the event feed (the outbox relay) has got. */
public interface CheckpointStore {
  Future<FeedPosition> load(String reader);

  Future<Void> save(String reader, FeedPosition position);
}
