package dev.albatross.adapter.memory;

import dev.albatross.contract.PositionStoreContract;
import dev.albatross.domain.port.PositionStore;

class InMemoryPositionStoreTest extends PositionStoreContract {
  @Override
  protected PositionStore positionStore() {
    return new InMemoryPositionStore();
  }
}
