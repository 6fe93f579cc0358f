package dev.albatross.adapter.memory;

import dev.albatross.contract.ReadModelsContract;
import dev.albatross.domain.readmodel.ReadModels;

class InMemoryReadModelsTest extends ReadModelsContract {
  @Override
  protected ReadModels emptyReadModels() {
    return ReadModels.of(new InMemoryReadModels(), new InMemoryFlightReadModel());
  }
}
