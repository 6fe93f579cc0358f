package dev.albatross.api;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.extension.RegisterExtension;

@DisplayName("Live flights, in the single process")
class ApiFlightsTest extends FlightsApiSuite {
  @RegisterExtension
  static final Albatross app = new Albatross().losingFlightsAfter(LOST_AFTER);

  @Override
  Albatross app() {
    return app;
  }
}
