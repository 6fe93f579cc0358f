package dev.albatross.adapter.pg;

import dev.albatross.contract.FlightReadModelContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class PgFlightReadModelTest extends FlightReadModelContract {
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
  @SuppressWarnings("unchecked")
  protected PgFlightReadModel emptyFlights() {
    db.truncate("flights");
    return new PgFlightReadModel(db.pool());
  }
}
