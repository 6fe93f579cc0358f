package dev.albatross.adapter.pg;

import static dev.albatross.contract.Async.await;

import dev.albatross.contract.EventStoreContract;
import io.vertx.core.Vertx;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class PgEventStoreTest extends EventStoreContract {
  private Vertx vertx;
  private PgTestDatabase db;
  private PgEventStore store;

  @BeforeAll
  void openDatabase() {
    vertx = Vertx.vertx();
    db = PgTestDatabase.create(vertx);
    store = new PgEventStore(vertx, db.pool(), db.options());
  }

  @AfterAll
  void dropDatabase() {
    await(store.close());
    db.close();
    await(vertx.close());
  }

  @Override
  protected StoreUnderTest emptyStore() {
    db.truncate("events");
    return StoreUnderTest.of(store);
  }
}
