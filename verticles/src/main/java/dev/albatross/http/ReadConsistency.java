package dev.albatross.http;

import dev.albatross.domain.app.CommandOutcome;
import dev.albatross.domain.error.StaleRead;
import dev.albatross.domain.error.ValidationFailed;
import dev.albatross.domain.port.CheckpointStore;
import dev.albatross.domain.port.EventStore;
import dev.albatross.domain.port.FeedPosition;
import dev.albatross.domain.port.RecordedEvent;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.ext.web.RoutingContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reading your own writes. A write answers with {@code Albatross-Position}, its last event's
 * position; a read that sends it back as {@code Albatross-Min-Position} waits until the read
 * models hold every event up to that one in the feed. The gateway learns how far they got from
 * the projections' notifications ({@link #reached}), without a round trip; only a read that
 * waits looks the position up in the store, and asks the store for the projections' checkpoint
 * now and then in case a notification was lost. Nothing here blocks an event loop.
 */
public final class ReadConsistency {
  public static final String POSITION = "Albatross-Position";
  public static final String MIN_POSITION = "Albatross-Min-Position";
  /** The longest a read, or a write to who may do what, waits for the read models. */
  public static final Duration PATIENCE = Duration.ofSeconds(5);
  private static final Duration ASK_STORE_EVERY = Duration.ofMillis(200);
  private static final Pattern DECIMAL = Pattern.compile("[0-9]{1,18}");

  private final Vertx vertx;
  private final EventStore store;
  private final CheckpointStore checkpoints;
  private final String projectionsReader;
  private volatile FeedPosition projected = FeedPosition.START;
  private final List<Waiter> waiters = new ArrayList<>();

  public ReadConsistency(Vertx vertx, EventStore store, CheckpointStore checkpoints, String projectionsReader) {
    this.vertx = vertx;
    this.store = store;
    this.checkpoints = checkpoints;
    this.projectionsReader = projectionsReader;
  }

  private record Waiter(FeedPosition target, Context context, Promise<Boolean> reached) {}

  /** The read models hold everything up to {@code position}: wakes the reads waiting for it. */
  public void reached(FeedPosition position) {
    List<Waiter> due = new ArrayList<>();
    synchronized (this) {
      if (position.compareTo(projected) <= 0) {
        return;
      }
      projected = position;
      waiters.removeIf(w -> {
        boolean done = w.target().compareTo(position) <= 0;
        if (done) {
          due.add(w);
        }
        return done;
      });
    }
    due.forEach(w -> w.context().runOnContext(v -> w.reached().tryComplete(true)));
  }

  /** Answers a write with the position of its last event. */
  public void positioned(RoutingContext ctx, CommandOutcome outcome) {
    ctx.response().putHeader(POSITION, Long.toString(last(outcome).position()));
  }

  /**
   * Answers a write to who may do what with its position, once every gateway sees it (the read
   * models and the shared cache are the same for all of them), or after {@link #PATIENCE}.
   */
  public Future<CommandOutcome> visible(RoutingContext ctx, CommandOutcome outcome) {
    positioned(ctx, outcome);
    return until(last(outcome)).map(outcome);
  }

  private static FeedPosition last(CommandOutcome outcome) {
    List<RecordedEvent> history = outcome.history();
    return history.isEmpty() ? FeedPosition.START : history.get(history.size() - 1).feedPosition();
  }

  /** Before a read: waits for the position the request asks for, if it asks for one. */
  public Future<Void> beforeRead(RoutingContext ctx) {
    String asked = ctx.request().getHeader(MIN_POSITION);
    if (asked == null) {
      return Future.succeededFuture();
    }
    if (!DECIMAL.matcher(asked.trim()).matches()) {
      return Future.failedFuture(ValidationFailed.of(MIN_POSITION, "must be a position from " + POSITION));
    }
    long position = Long.parseLong(asked.trim());
    return resolve(position, System.nanoTime() + PATIENCE.toNanos())
        .compose(target -> until(target).compose(reached -> reached
            ? Future.succeededFuture()
            : Future.failedFuture(new StaleRead("The read models have not reached position " + position
                + " yet; ask again shortly."))));
  }

  /** Where {@code position} stands in the feed; a position not stored yet is looked up again until the deadline. */
  private Future<FeedPosition> resolve(long position, long deadline) {
    return store.feedPositionAt(position).compose(found -> {
      if (found.isPresent()) {
        return Future.succeededFuture(found.get());
      }
      if (System.nanoTime() > deadline) {
        return Future.failedFuture(new StaleRead("No event is stored at position " + position + " yet."));
      }
      return pause(ASK_STORE_EVERY).compose(v -> resolve(position, deadline));
    });
  }

  /** True once the read models hold {@code target}; false if they do not within {@link #PATIENCE}. */
  private Future<Boolean> until(FeedPosition target) {
    if (target.compareTo(projected) <= 0) {
      return Future.succeededFuture(true);
    }
    Context context = vertx.getOrCreateContext();
    Waiter waiter = new Waiter(target, context, Promise.promise());
    synchronized (this) {
      waiters.add(waiter);
    }
    if (target.compareTo(projected) <= 0) {
      waiter.reached().tryComplete(true);
    }
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    long asking = vertx.setPeriodic(ASK_STORE_EVERY.toMillis(), id -> {
      if (System.nanoTime() > deadline) {
        waiter.reached().tryComplete(false);
        return;
      }
      checkpoints.load(projectionsReader).onSuccess(this::reached);
    });
    return waiter.reached().future().andThen(done -> {
      vertx.cancelTimer(asking);
      synchronized (this) {
        waiters.remove(waiter);
      }
    });
  }

  private Future<Void> pause(Duration duration) {
    Promise<Void> paused = Promise.promise();
    vertx.setTimer(duration.toMillis(), id -> paused.complete());
    return paused.future();
  }
}
