package dev.albatross.adapter.memory;

import dev.albatross.contract.ReadModelsContract;

class InMemoryReadModelsTest extends ReadModelsContract {
  @Override
  protected ReadModelsUnderTest emptyReadModels() {
    return ReadModelsUnderTest.of(new InMemoryReadModels());
  }
}
