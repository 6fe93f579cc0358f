package dev.albatross.adapter.memory;

import dev.albatross.contract.EventStoreContract;

class InMemoryEventStoreTest extends EventStoreContract {
  @Override
  protected StoreUnderTest emptyStore() {
    return StoreUnderTest.of(new InMemoryEventStore());
  }
}
