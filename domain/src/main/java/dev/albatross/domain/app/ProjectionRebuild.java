package dev.albatross.domain.app;

import dev.albatross.domain.port.EventStore;
import dev.albatross.domain.port.FeedPosition;
import dev.albatross.domain.port.RecordedEvent;
import dev.albatross.domain.readmodel.ReadModelWriter;
import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * Empties the read models and replays the whole event store into them, in feed order, a batch
 * at a time, with the same projections the workers run. Feed order keeps each stream's versions
 * in order, so from empty read models no event ever waits for a missing one.
 *
 * <p>The streams are split over lanes by id, and each lane applies its share of a batch after its
 * share of the batch before: one stream's events stay in one lane, in order, and no projection
 * reads another stream's row, so lanes need not wait for each other. The store writes one lane
 * while the next is prepared and the next batch is read; at most two batches are in hand. Live
 * notifications stay silent during a rebuild.
 */
public final class ProjectionRebuild {
  private static final int BATCH = 4000;
  private static final int LANES = 2;

  private final EventStore store;
  private final ReadModelWriter writer;
  private final int batchSize;

  public ProjectionRebuild(EventStore store, ReadModelWriter writer) {
    this(store, writer, BATCH);
  }

  /** Reads {@code batchSize} events at a time. */
  public ProjectionRebuild(EventStore store, ReadModelWriter writer, int batchSize) {
    this.store = store;
    this.writer = writer;
    this.batchSize = batchSize;
  }

  /** Replays everything; {@code progress} hears the running count after each batch. Answers the total. */
  public Future<Long> run(LongConsumer progress) {
    return writer.reset().compose(v -> new Replay(progress).after(FeedPosition.START, Future.succeededFuture(0L)));
  }

  /** One replay: what each lane applied last. */
  private final class Replay {
    private final List<Future<Void>> lanes = new ArrayList<>(Collections.nCopies(LANES, Future.succeededFuture()));
    private final LongConsumer progress;

    Replay(LongConsumer progress) {
      this.progress = progress;
    }

    /**
     * Reads the batch after {@code position} and hands it to the lanes, then reads on once the
     * batch before it ({@code earlier}, answering the count up to its end) is applied.
     */
    Future<Long> after(FeedPosition position, Future<Long> earlier) {
      return store.readAfter(position, batchSize).compose(batch -> {
        if (batch.isEmpty()) {
          return earlier;
        }
        Future<Long> applied = dispatch(batch).compose(v -> earlier).map(count -> {
          long total = count + batch.size();
          progress.accept(total);
          return total;
        });
        return earlier.compose(count -> after(batch.get(batch.size() - 1).feedPosition(), applied));
      });
    }

    /** Each lane's share of {@code batch}, applied after that lane's share of the batch before. */
    private Future<Void> dispatch(List<RecordedEvent> batch) {
      List<List<RecordedEvent>> shares = new ArrayList<>();
      for (int i = 0; i < LANES; i++) {
        shares.add(new ArrayList<>());
      }
      batch.forEach(e -> shares.get(Math.floorMod(e.streamId().hashCode(), LANES)).add(e));
      for (int i = 0; i < LANES; i++) {
        List<RecordedEvent> share = shares.get(i);
        if (!share.isEmpty()) {
          lanes.set(i, lanes.get(i).compose(v -> writer.applyNext(share)).mapEmpty());
        }
      }
      return Future.all(lanes).mapEmpty();
    }
  }
}
