package dev.albatross.adapter.memory;

import dev.albatross.contract.CheckpointStoreContract;
import dev.albatross.domain.port.CheckpointStore;

class InMemoryCheckpointStoreTest extends CheckpointStoreContract {
  @Override
  protected CheckpointStore checkpointStore() {
    return new InMemoryCheckpointStore();
  }
}
