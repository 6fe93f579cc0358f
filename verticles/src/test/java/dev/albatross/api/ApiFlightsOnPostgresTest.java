package dev.albatross.api;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.extension.RegisterExtension;

@DisplayName("Live flights, on PostgreSQL and Redis")
class ApiFlightsOnPostgresTest extends FlightsApiSuite {
  @RegisterExtension
  static final Albatross app = Albatross.onPostgresAndRedis().losingFlightsAfter(LOST_AFTER);

  @Override
  Albatross app() {
    return app;
  }
}
