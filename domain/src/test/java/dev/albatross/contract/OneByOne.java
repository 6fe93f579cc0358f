package dev.albatross.contract;

import dev.albatross.domain.port.RecordedEvent;
import io.vertx.core.Future;
import java.util.List;
import java.util.function.Function;

/** A batch handler for an {@code EventSubscriber} that hands each event of a batch to {@code handler} in turn. */
public final class OneByOne {
  private OneByOne() {}

  public static Function<List<RecordedEvent>, Future<Void>> each(Function<RecordedEvent, Future<Void>> handler) {
    return batch -> {
      Future<Void> chain = Future.succeededFuture();
      for (RecordedEvent e : batch) {
        chain = chain.compose(v -> handler.apply(e));
      }
      return chain;
    };
  }
}
