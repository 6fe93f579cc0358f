package dev.albatross.adapter.pg;

import dev.albatross.contract.CheckpointStoreContract;
import dev.albatross.domain.port.CheckpointStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class PgCheckpointStoreTest extends CheckpointStoreContract {
  private PgTestDatabase db;

  @BeforeAll
  void openDatabase() {
    db = PgTestDatabase.migrated();
  }

  @AfterAll
  void dropDatabase() {
    db.close();
  }

  @Override
  protected CheckpointStore checkpointStore() {
    return new PgCheckpointStore(db.pool());
  }
}
