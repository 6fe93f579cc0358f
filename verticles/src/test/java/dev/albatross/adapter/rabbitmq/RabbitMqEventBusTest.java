package dev.albatross.adapter.rabbitmq;

import dev.albatross.contract.EventBusContract;
import io.vertx.core.Future;

class RabbitMqEventBusTest extends EventBusContract {
  @Override
  protected BusUnderTest freshBus() {
    RabbitMqTestBus bus = new RabbitMqTestBus();
    return new BusUnderTest(bus.startedPublisher(), bus.subscriber(), () -> {
      bus.close();
      return Future.succeededFuture();
    });
  }
}
