package dev.albatross.app;

import dev.albatross.adapter.memory.InMemoryCache;
import dev.albatross.adapter.memory.InMemoryCheckpointStore;
import dev.albatross.adapter.memory.InMemoryEventBus;
import dev.albatross.adapter.memory.InMemoryEventStore;
import dev.albatross.adapter.memory.InMemoryFlightReadModel;
import dev.albatross.adapter.memory.InMemoryLoginThrottle;
import dev.albatross.adapter.memory.InMemoryNotifier;
import dev.albatross.adapter.memory.InMemoryPositionStore;
import dev.albatross.adapter.memory.InMemoryReadModels;
import dev.albatross.domain.port.AppendSignal;
import dev.albatross.domain.port.Cache;
import dev.albatross.domain.port.CheckpointStore;
import dev.albatross.domain.port.EventPublisher;
import dev.albatross.domain.port.EventStore;
import dev.albatross.domain.port.EventSubscriber;
import dev.albatross.domain.port.HealthCheck;
import dev.albatross.domain.port.Leadership;
import dev.albatross.domain.port.LoginThrottle;
import dev.albatross.domain.port.Notifier;
import dev.albatross.domain.port.PositionStore;
import dev.albatross.domain.readmodel.ReadModels;
import dev.albatross.http.LiveMessages;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The adapters behind every port, chosen by configuration and grouped by role: each service
 * whose URL is set replaces its in-memory stand-in.
 */
public record Adapters(
    Storage storage,
    ReadModels readModels,
    Messaging messaging,
    GatewayState gateway,
    List<HealthCheck> healthChecks,
    List<Supplier<Future<Void>>> closers) {

  static final int LOGIN_FAILURES = 10;
  static final Duration LOGIN_WINDOW = Duration.ofMinutes(15);

  /**
   * The events, what wakes their readers when more are appended, how far each reader got, and the
   * flights' positions, kept beside the events.
   */
  public record Storage(EventStore store, AppendSignal appends, CheckpointStore checkpoints, PositionStore positions) {}

  /**
   * How events and notifications travel: the relay's leadership and publisher, the projections'
   * subscriber, the live notifications sent and {@code notifications}, which starts what brings
   * other processes' notifications into this one (nothing to start in memory).
   */
  public record Messaging(Leadership relayLeadership, EventPublisher publisher, EventSubscriber subscriber,
      Notifier notifier, Supplier<Future<Void>> notifications) {}

  /** What gateways share: the cache in front of the read models and the count of failed logins. */
  public record GatewayState(Cache cache, LoginThrottle loginThrottle) {
    static GatewayState inMemory() {
      return new GatewayState(new InMemoryCache(), new InMemoryLoginThrottle(LOGIN_FAILURES, LOGIN_WINDOW));
    }
  }

  public static Future<Adapters> create(Vertx vertx, Config config) {
    if (config.pgUrl().isEmpty() && config.rabbitMqUrl().isEmpty() && config.redisUrl().isEmpty()) {
      return config.dataDir().isPresent()
          ? EmbeddedAdapters.open(vertx, config.dataDir().get())
          : Future.succeededFuture(inMemory(vertx));
    }
    return new RealAdapters(vertx, config).build();
  }

  public static Adapters inMemory(Vertx vertx) {
    InMemoryEventStore store = new InMemoryEventStore();
    return inMemory(vertx, new Storage(store, store, new InMemoryCheckpointStore(), new InMemoryPositionStore()),
        new InMemoryReadModels(), new InMemoryFlightReadModel(), HealthCheck.of("memory", Future::succeededFuture),
        List.of());
  }

  /** Everything in memory around {@code storage}: the default mode's adapters, with or without a journal. */
  static Adapters inMemory(Vertx vertx, Storage storage, InMemoryReadModels readModels,
      InMemoryFlightReadModel flights, HealthCheck health, List<Supplier<Future<Void>>> closers) {
    InMemoryEventBus bus = new InMemoryEventBus(vertx);
    Messaging messaging = new Messaging(Leadership.alone(), bus, bus, new InMemoryNotifier(vertx, LiveMessages::encode),
        Future::succeededFuture);
    return new Adapters(storage, ReadModels.of(readModels, flights), messaging, GatewayState.inMemory(), List.of(health),
        closers);
  }

  public Future<Void> close() {
    List<Future<Void>> closed = new ArrayList<>();
    closers.forEach(closer -> closed.add(closer.get().otherwiseEmpty()));
    return Future.join(closed).mapEmpty();
  }
}
