package dev.albatross.adapter.journal;

import static dev.albatross.contract.Async.await;

import dev.albatross.contract.EventStoreContract;
import io.vertx.core.Vertx;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

class JournalEventStoreTest extends EventStoreContract {
  private final Vertx vertx = Vertx.vertx();
  @TempDir
  Path root;
  private JournalEventStore store;

  @Override
  protected StoreUnderTest emptyStore() {
    store = await(JournalEventStore.open(vertx, root.resolve(UUID.randomUUID().toString())));
    return StoreUnderTest.of(store);
  }

  @AfterEach
  void closeStore() {
    await(store.close());
  }

  @AfterAll
  void closeVertx() {
    await(vertx.close());
  }
}
