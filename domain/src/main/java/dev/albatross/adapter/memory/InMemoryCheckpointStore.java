package dev.albatross.adapter.memory;

import dev.albatross.domain.port.CheckpointStore;
import dev.albatross.domain.port.FeedPosition;
import io.vertx.core.Future;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

public final class InMemoryCheckpointStore implements CheckpointStore {
  private final Map<String, FeedPosition> positions = new ConcurrentHashMap<>();

  @Override
  public Future<FeedPosition> load(String reader) {
    return Future.succeededFuture(positions.getOrDefault(reader, FeedPosition.START));
  }

  @Override
  public Future<Void> save(String reader, FeedPosition position) {
    positions.merge(reader, position, (old, next) -> next.compareTo(old) > 0 ? next : old);
    return Future.succeededFuture();
  }
}
