package dev.albatross.adapter.pg;

import static dev.albatross.contract.Async.await;

import dev.albatross.contract.CheckpointStoreContract;
import dev.albatross.domain.port.CheckpointStore;
import io.vertx.core.Vertx;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class PgCheckpointStoreTest extends CheckpointStoreContract {
  private Vertx vertx;
  private PgTestDatabase db;

  @BeforeAll
  void openDatabase() {
    vertx = Vertx.vertx();
    db = PgTestDatabase.create(vertx);
  }

  @AfterAll
  void dropDatabase() {
    db.close();
    await(vertx.close());
  }

  @Override
  protected CheckpointStore checkpointStore() {
    return new PgCheckpointStore(db.pool());
  }
}
