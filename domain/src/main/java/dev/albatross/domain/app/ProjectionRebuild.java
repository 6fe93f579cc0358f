package dev.albatross.domain.app;

import dev.albatross.domain.port.EventStore;
import dev.albatross.domain.port.FeedPosition;
import dev.albatross.domain.port.RecordedEvent;
import dev.albatross.domain.readmodel.ReadModelWriter;
import io.vertx.core.Future;
import io.vertx.core.Promise;
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
    return writer.reset().compose(v -> new Replay(progress).start());
  }

  /**
   * One replay. Each batch is read once the batch before the last one is applied. Nothing refers
   * back to a batch once the lanes are past it, nor to the futures of earlier batches, so a
   * replay holds two batches whatever the store's size; steps that complete at once (an
   * in-memory store) go round a loop instead of calling each other, so the stack stays flat too.
   */
  private final class Replay {
    private final Promise<Long> done = Promise.promise();
    private final List<Future<Void>> lanes = new ArrayList<>(Collections.nCopies(LANES, Future.succeededFuture()));
    private final LongConsumer progress;
    /** The count of events up to the end of the last batch handed to the lanes, once they are applied. */
    private Future<Long> applied = Future.succeededFuture(0L);
    private FeedPosition next;
    private boolean reading;

    Replay(LongConsumer progress) {
      this.progress = progress;
    }

    Future<Long> start() {
      readAfter(FeedPosition.START);
      return done.future();
    }

    /** Reads the batch after {@code position}, now or, within a read in progress, once it returns. */
    private void readAfter(FeedPosition position) {
      next = position;
      if (reading) {
        return;
      }
      reading = true;
      while (next != null) {
        FeedPosition from = next;
        next = null;
        store.readAfter(from, batchSize).onComplete(this::handOut, done::tryFail);
      }
      reading = false;
    }

    /** Hands {@code batch} to the lanes, then reads on once the batch before it is applied. */
    private void handOut(List<RecordedEvent> batch) {
      if (batch.isEmpty()) {
        applied.onComplete(done);
        return;
      }
      int size = batch.size();
      FeedPosition last = batch.get(size - 1).feedPosition();
      Future<Long> earlier = applied;
      applied = dispatch(batch).compose(v -> earlier).map(count -> {
        long total = count + size;
        progress.accept(total);
        return total;
      });
      earlier.onComplete(count -> readAfter(last), done::tryFail);
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
