package dev.albatross.adapter.memory;

import dev.albatross.contract.EventBusContract;
import io.vertx.core.Vertx;

class InMemoryEventBusTest extends EventBusContract {
  @Override
  protected BusUnderTest freshBus() {
    Vertx vertx = Vertx.vertx();
    InMemoryEventBus bus = new InMemoryEventBus(vertx);
    return new BusUnderTest(bus, bus, vertx::close);
  }
}
