package dev.albatross.adapter.journal;

import static dev.albatross.contract.TestEvents.T0;
import static dev.albatross.contract.TestEvents.anyEvent;
import static dev.albatross.contract.TestEvents.metadata;
import static dev.albatross.contract.TestEvents.pending;
import static dev.albatross.contract.TestEvents.write;

import dev.albatross.domain.port.PendingEvent;
import io.vertx.core.Vertx;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

/**
 * The process {@link JournalCrashTest} kills: appends without end from a few chains at once and
 * prints the id of every event whose append was answered, the promise the store made.
 */
final class JournalCrashChild {
  static final String ACKED = "acked ";
  private static final int CHAINS = 8;

  private JournalCrashChild() {}

  public static void main(String[] args) {
    Vertx vertx = Vertx.vertx();
    JournalEventStore store = JournalEventStore.open(vertx, Path.of(args[0])).await();
    for (int i = 0; i < CHAINS; i++) {
      vertx.runOnContext(v -> appendNext(store));
    }
  }

  private static void appendNext(JournalEventStore store) {
    PendingEvent event = pending(anyEvent("before the crash"));
    store.append(List.of(write(UUID.randomUUID(), 0, event)), metadata(T0))
        .onSuccess(recorded -> {
          System.out.println(ACKED + event.eventId());
          appendNext(store);
        })
        .onFailure(Throwable::printStackTrace);
  }
}
