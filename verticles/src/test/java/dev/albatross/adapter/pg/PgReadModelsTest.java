package dev.albatross.adapter.pg;

import static dev.albatross.contract.Async.await;

import dev.albatross.contract.ReadModelsContract;
import io.vertx.core.Vertx;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class PgReadModelsTest extends ReadModelsContract {
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
  protected ReadModelsUnderTest emptyReadModels() {
    db.truncate("tenants, users, api_keys, pireps");
    return ReadModelsUnderTest.of(new PgReadModels(db.pool()));
  }
}
