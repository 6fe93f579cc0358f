package dev.albatross.domain.port;

import io.vertx.core.Future;

/** Wakes a reader of the event feed when something was appended, so it need not poll fast. */
public interface AppendSignal {
  Future<Void> onAppend(Runnable wake);
}
