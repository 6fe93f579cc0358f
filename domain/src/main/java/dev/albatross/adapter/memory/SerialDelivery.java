package dev.albatross.adapter.memory;

import dev.albatross.domain.port.RecordedEvent;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.function.Function;

/** Feeds events to a handler one after another on the caller's context, retrying a failure until it succeeds. */
final class SerialDelivery {
  private final Vertx vertx;
  private final Function<RecordedEvent, Future<Void>> handler;
  private final Duration retryPause;
  private Future<Void> tail = Future.succeededFuture();

  SerialDelivery(Vertx vertx, Function<RecordedEvent, Future<Void>> handler, Duration retryPause) {
    this.vertx = vertx;
    this.handler = handler;
    this.retryPause = retryPause;
  }

  void offer(RecordedEvent event) {
    tail = tail.compose(v -> deliver(event));
  }

  private Future<Void> deliver(RecordedEvent event) {
    Future<Void> attempt;
    try {
      attempt = handler.apply(event);
    } catch (RuntimeException e) {
      attempt = Future.failedFuture(e);
    }
    return attempt.recover(failure -> {
      Promise<Void> later = Promise.promise();
      vertx.setTimer(retryPause.toMillis(), t -> deliver(event).onComplete(later));
      return later.future();
    });
  }
}
