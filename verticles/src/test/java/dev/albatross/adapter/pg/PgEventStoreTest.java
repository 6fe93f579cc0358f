package dev.albatross.adapter.pg;

import dev.albatross.contract.EventStoreContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class PgEventStoreTest extends EventStoreContract {
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
  protected StoreUnderTest emptyStore() {
    db.truncate("events");
    return StoreUnderTest.of(db.eventStore());
  }
}
