package dev.albatross.adapter.rabbitmq;

import dev.albatross.contract.EventBusContract;
import io.vertx.core.Future;

/** The bus contract on RabbitMQ, consumed as the worker's projections consume it. */
class RabbitMqEventBusTest extends EventBusContract {
  @Override
  protected BusUnderTest freshBus() {
    RabbitMqTestBus bus = new RabbitMqTestBus();
    return new BusUnderTest(bus.startedPublisher(), bus.subscriber(RabbitMqEventSubscriber.PROJECTIONS_PREFETCH), () -> {
      bus.close();
      return Future.succeededFuture();
    });
  }
}
