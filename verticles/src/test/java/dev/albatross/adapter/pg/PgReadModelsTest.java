package dev.albatross.adapter.pg;

import dev.albatross.contract.ReadModelsContract;
import dev.albatross.domain.readmodel.ReadModels;
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
  protected ReadModels emptyReadModels() {
    db.truncate("tenants, users, api_keys, pireps");
    PgReadModelQueries queries = new PgReadModelQueries(db.pool());
    return new ReadModels(new PgReadModelWriter(db.pool()), queries, queries, queries, new PgApiKeyUsage(db.pool()),
        queries);
  }
}
