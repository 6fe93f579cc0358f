package dev.albatross.domain.app;

import dev.albatross.domain.port.EventStore;
import dev.albatross.domain.port.FeedPosition;
import dev.albatross.domain.port.RecordedEvent;
import dev.albatross.domain.readmodel.ReadModelWriter;
import io.vertx.core.Future;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * Empties the read models and replays the whole event store into them, in feed order, a batch
 * at a time, with the same projections the workers run. Feed order keeps each stream's versions
 * in order, so from empty read models no event ever waits for a missing one. Live
 * notifications stay silent during a rebuild.
 */
public final class ProjectionRebuild {
  private static final int BATCH = 4000;

  private final EventStore store;
  private final ReadModelWriter writer;

  public ProjectionRebuild(EventStore store, ReadModelWriter writer) {
    this.store = store;
    this.writer = writer;
  }

  /** Replays everything; {@code progress} hears the running count after each batch. Answers the total. */
  public Future<Long> run(LongConsumer progress) {
    return writer.reset().compose(v -> replayAfter(FeedPosition.START, 0, progress));
  }

  /** Applies {@code batch} while the next one is read, so reading and writing overlap. */
  private Future<Long> replayAfter(FeedPosition after, long done, LongConsumer progress) {
    return store.readAfter(after, BATCH).compose(batch -> replay(batch, done, progress));
  }

  private Future<Long> replay(List<RecordedEvent> batch, long done, LongConsumer progress) {
    if (batch.isEmpty()) {
      return Future.succeededFuture(done);
    }
    Future<List<RecordedEvent>> next = store.readAfter(batch.get(batch.size() - 1).feedPosition(), BATCH);
    return writer.applyNext(batch).compose(v -> {
      long total = done + batch.size();
      progress.accept(total);
      return next.compose(following -> replay(following, total, progress));
    });
  }
}
