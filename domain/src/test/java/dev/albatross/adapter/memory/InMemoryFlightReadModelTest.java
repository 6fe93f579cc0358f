package dev.albatross.adapter.memory;

import dev.albatross.contract.FlightReadModelContract;

class InMemoryFlightReadModelTest extends FlightReadModelContract {
  @Override
  @SuppressWarnings("unchecked")
  protected InMemoryFlightReadModel emptyFlights() {
    return new InMemoryFlightReadModel();
  }
}
