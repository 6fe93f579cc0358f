package dev.albatross.adapter.rabbitmq;

import static dev.albatross.contract.Async.await;

import dev.albatross.adapter.TestServices;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.rabbitmq.RabbitMQClient;
import io.vertx.rabbitmq.RabbitMQOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** An exchange and queue of their own on ALBATROSS_TEST_RABBITMQ_URL, and the clients opened on them, removed by {@link #close}. */
final class RabbitMqTestBus implements AutoCloseable {
  final Vertx vertx = Vertx.vertx();
  final RabbitMqTopology topology;
  private final List<RabbitMqEventSubscriber> subscribers = new ArrayList<>();
  /** The deployments of the publishers started. */
  private final List<String> publishers = new ArrayList<>();

  RabbitMqTestBus() {
    String name = TestServices.uniqueName("albatross.test");
    topology = new RabbitMqTopology(name + ".events", name + ".projections");
  }

  static RabbitMQOptions options() {
    return RabbitMqConfig.options(TestServices.rabbitMqUrl(), "albatross-test");
  }

  RabbitMqEventPublisher startedPublisher() {
    RabbitMqEventPublisher publisher = new RabbitMqEventPublisher(options(), topology);
    publishers.add(await(vertx.deployVerticle(publisher)));
    return publisher;
  }

  RabbitMqEventSubscriber subscriber() {
    return subscriber(RabbitMqEventSubscriber.DEFAULT_PREFETCH);
  }

  RabbitMqEventSubscriber subscriber(int prefetch) {
    RabbitMqEventSubscriber subscriber = new RabbitMqEventSubscriber(vertx, options(), topology, prefetch);
    subscribers.add(subscriber);
    return subscriber;
  }

  long messagesReady() {
    return withAdminClient(admin -> admin.messageCount(topology.queue()));
  }

  @Override
  public void close() {
    subscribers.forEach(s -> await(s.stop().otherwiseEmpty()));
    publishers.forEach(p -> await(vertx.undeploy(p).otherwiseEmpty()));
    withAdminClient(admin -> admin.queueDelete(topology.queue())
        .compose(v -> admin.exchangeDelete(topology.exchange())));
    await(vertx.close());
  }

  private <T> T withAdminClient(Function<RabbitMQClient, Future<T>> work) {
    RabbitMQClient admin = RabbitMQClient.create(vertx, options());
    return await(admin.start().compose(v -> work.apply(admin)).eventually(admin::stop));
  }
}
