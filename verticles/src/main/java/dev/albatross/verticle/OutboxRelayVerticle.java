package dev.albatross.verticle;

import dev.albatross.domain.app.FeedCheckpoint;
import dev.albatross.domain.port.AppendSignal;
import dev.albatross.domain.port.CheckpointStore;
import dev.albatross.domain.port.EventPublisher;
import dev.albatross.domain.port.EventStore;
import dev.albatross.domain.port.FeedPosition;
import dev.albatross.domain.port.Leadership;
import dev.albatross.domain.port.RecordedEvent;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes every stored event to the event bus in feed order, checkpointing only what the bus
 * confirmed: a crash at any moment loses nothing, and at worst publishes again what followed the
 * last saved checkpoint. The checkpoint is saved beside the publishing, not in its path: a batch
 * confirmed goes straight on to the next. Woken by appends, with a slow poll as a safety net.
 * Among several workers only the leader relays.
 *
 * <p>A round of relaying that outlasts its deadline, or a {@link #restart}, starts the relay over:
 * from the saved checkpoint, with a new connection to the bus; whatever the abandoned round still
 * does changes nothing here any more.
 */
public final class OutboxRelayVerticle extends VerticleBase {
  private static final Logger LOG = LoggerFactory.getLogger(OutboxRelayVerticle.class);
  public static final String READER = "outbox-relay";
  private static final int BATCH = 500;
  private static final Duration STOP_WAIT = Duration.ofSeconds(2);
  private static final Duration ROUND_DEADLINE = Duration.ofSeconds(30);

  private final Leadership leadership;
  private final EventStore store;
  private final AppendSignal appends;
  private final EventPublisher publisher;
  private final FeedCheckpoint checkpoint;
  private final Duration pollInterval;

  private FeedPosition position;
  private boolean leading;
  private boolean running;
  private boolean wakeRequested;
  /** Counts restarts: a round begun before the last one no longer moves the relay. */
  private long generation;
  private long pollTimer;

  public OutboxRelayVerticle(Leadership leadership, EventStore store, AppendSignal appends, EventPublisher publisher,
      CheckpointStore checkpoints, Duration pollInterval) {
    this.leadership = leadership;
    this.store = store;
    this.appends = appends;
    this.publisher = publisher;
    this.checkpoint = new FeedCheckpoint(checkpoints, READER);
    this.pollInterval = pollInterval;
  }

  @Override
  public Future<?> start() {
    leadership.onLost(() -> context.runOnContext(v -> leading = false));
    return appends.onAppend(() -> context.runOnContext(v -> wake()))
        .onSuccess(v -> {
          pollTimer = vertx.setPeriodic(pollInterval.toMillis(), id -> wake());
          wake();
        });
  }

  /** Gives the checkpoint save in flight, if any, a moment to finish: a stop need not replay it. */
  @Override
  public Future<?> stop() {
    vertx.cancelTimer(pollTimer);
    return checkpoint.settle(STOP_WAIT);
  }

  /** Starts over from the saved checkpoint on a new connection to the bus (the watchdog's way back). */
  public void restart(String reason) {
    context.runOnContext(v -> startOver(reason));
  }

  private void startOver(String reason) {
    LOG.warn("Outbox relay starts over from its checkpoint: {}", reason);
    generation++;
    running = false;
    leading = false;
    publisher.restart(reason);
    wake();
  }

  private void wake() {
    if (running) {
      wakeRequested = true;
      return;
    }
    running = true;
    wakeRequested = false;
    long round = generation;
    lead().compose(leads -> leads ? drain(round) : Future.succeededFuture())
        .timeout(ROUND_DEADLINE.toMillis(), TimeUnit.MILLISECONDS)
        .onComplete(done -> {
          if (round != generation) {
            return;
          }
          if (done.failed() && done.cause() instanceof TimeoutException) {
            startOver("a round of relaying took over " + ROUND_DEADLINE.toSeconds() + " s");
            return;
          }
          running = false;
          if (done.failed()) {
            LOG.warn("Relay paused after a failure, retrying on the next wake: {}", done.cause().toString());
          } else if (wakeRequested) {
            wake();
          }
        });
  }

  /**
   * Becomes the active relay if no other process is; a new lead starts from the checkpoint,
   * since the previous one may have published further than this process knows.
   */
  private Future<Boolean> lead() {
    if (leading) {
      return Future.succeededFuture(true);
    }
    return leadership.tryAcquire().compose(acquired -> {
      if (!acquired) {
        return Future.succeededFuture(false);
      }
      return checkpoint.load().map(start -> {
        position = start;
        leading = true;
        LOG.info("This process is now the active outbox relay");
        return true;
      });
    });
  }

  /** Publishes batch after batch until the feed has nothing more. */
  private Future<Void> drain(long round) {
    if (round != generation) {
      return Future.succeededFuture();
    }
    return store.readAfter(position, BATCH).compose(batch -> {
      if (batch.isEmpty()) {
        return Future.succeededFuture();
      }
      return publishAndCheckpoint(round, batch)
          .compose(v -> batch.size() < BATCH ? Future.succeededFuture() : drain(round));
    });
  }

  private Future<Void> publishAndCheckpoint(long round, List<RecordedEvent> batch) {
    FeedPosition last = batch.get(batch.size() - 1).feedPosition();
    return publisher.publish(batch).onSuccess(v -> {
      if (round == generation) {
        position = last;
        checkpoint.reached(last);
      }
    });
  }
}
