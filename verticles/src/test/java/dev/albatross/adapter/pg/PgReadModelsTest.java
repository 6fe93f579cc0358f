package dev.albatross.adapter.pg;

import dev.albatross.contract.ReadModelsContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class PgReadModelsTest extends ReadModelsContract {
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
  protected ReadModelsUnderTest emptyReadModels() {
    db.truncate("tenants, users, api_keys, pireps");
    return ReadModelsUnderTest.of(new PgReadModels(db.pool()));
  }
}
