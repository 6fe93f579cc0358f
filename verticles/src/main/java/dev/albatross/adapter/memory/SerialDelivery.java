package dev.albatross.adapter.memory;

import dev.albatross.domain.port.RecordedEvent;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Feeds events to a handler in batches on the context that created it: whatever arrived while the
 * previous batch was handled is the next batch. A failed batch is retried, whole, after a pause.
 */
final class SerialDelivery {
  private final Vertx vertx;
  private final Context context;
  private final Function<List<RecordedEvent>, Future<Void>> handler;
  private final Duration retryPause;
  private List<RecordedEvent> waiting = new ArrayList<>();
  private boolean handling;

  SerialDelivery(Vertx vertx, Function<List<RecordedEvent>, Future<Void>> handler, Duration retryPause) {
    this.vertx = vertx;
    this.context = vertx.getOrCreateContext();
    this.handler = handler;
    this.retryPause = retryPause;
  }

  void offer(RecordedEvent event) {
    waiting.add(event);
    if (!handling) {
      next();
    }
  }

  private void next() {
    if (waiting.isEmpty()) {
      handling = false;
      return;
    }
    handling = true;
    List<RecordedEvent> batch = waiting;
    waiting = new ArrayList<>();
    deliver(batch);
  }

  private void deliver(List<RecordedEvent> batch) {
    Future<Void> attempt;
    try {
      attempt = handler.apply(List.copyOf(batch));
    } catch (RuntimeException e) {
      attempt = Future.failedFuture(e);
    }
    attempt.onComplete(done -> context.runOnContext(v -> {
      if (done.succeeded()) {
        next();
      } else {
        vertx.setTimer(retryPause.toMillis(), t -> deliver(batch));
      }
    }));
  }
}
