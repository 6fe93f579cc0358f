package dev.albatross.adapter.pg;

import dev.albatross.contract.PositionStoreContract;
import dev.albatross.domain.port.PositionStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class PgPositionStoreTest extends PositionStoreContract {
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
  protected PositionStore positionStore() {
    return new PgPositionStore(db.pool());
  }
}
