package dev.albatross.adapter.memory;

import dev.albatross.adapter.memory.InMemoryFlightReadModel;
import dev.albatross.contract.PilotStatsContract;
import dev.albatross.domain.readmodel.ReadModels;

class InMemoryPilotStatsTest extends PilotStatsContract {
  @Override
  protected ReadModels emptyReadModels() {
    return ReadModels.of(new InMemoryReadModels(), new InMemoryFlightReadModel());
  }
}
