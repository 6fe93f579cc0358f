package dev.albatross.domain.port;

import io.vertx.core.Future;
import java.time.Duration;

/** Waits without blocking anyone: the future completes once {@code duration} has passed. */
@FunctionalInterface
public interface Pause {
  Future<Void> after(Duration duration);
}
