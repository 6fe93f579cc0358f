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
import dev.albatross.domain.port.Leadership;
import dev.albatross.domain.port.LoginThrottle;
import dev.albatross.domain.port.Notifier;
import dev.albatross.domain.port.PositionStore;
import dev.albatross.domain.readmodel.ApiKeyQueries;
import dev.albatross.domain.readmodel.FlightQueries;
import dev.albatross.domain.readmodel.PirepQueries;
import dev.albatross.domain.readmodel.ReadModelWriter;
import dev.albatross.domain.readmodel.ReadModelsWithFlights;
import dev.albatross.domain.readmodel.TenantQueries;
import dev.albatross.domain.readmodel.UserQueries;
import dev.albatross.http.HealthCheck;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The adapters behind every port, chosen by configuration: each service whose URL is set
 * replaces its in-memory stand-in. {@code notifications} starts what brings live notifications
 * from other processes into this one (nothing to start in memory).
 */
public record Adapters(
    EventStore store,
    AppendSignal appends,
    Leadership relayLeadership,
    EventPublisher publisher,
    EventSubscriber subscriber,
    CheckpointStore checkpoints,
    Notifier notifier,
    Supplier<Future<Void>> notifications,
    Cache cache,
    LoginThrottle loginThrottle,
    TenantQueries tenants,
    UserQueries users,
    ApiKeyQueries apiKeys,
    PirepQueries pireps,
    FlightQueries flights,
    PositionStore positions,
    ReadModelWriter readModels,
    List<HealthCheck> healthChecks,
    List<Supplier<Future<Void>>> closers) {

  static final int LOGIN_FAILURES = 10;
  static final Duration LOGIN_WINDOW = Duration.ofMinutes(15);

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
    return inMemory(vertx, store, store, new InMemoryReadModels(), new InMemoryFlightReadModel(),
        new InMemoryPositionStore(), new InMemoryCheckpointStore(), HealthCheck.of("memory", Future::succeededFuture), List.of());
  }

  /** Everything in memory around {@code store}: the default mode's adapters, with or without a journal. */
  static Adapters inMemory(Vertx vertx, EventStore store, AppendSignal appends,
      InMemoryReadModels readModels, InMemoryFlightReadModel flights, PositionStore positions,
      CheckpointStore checkpoints, HealthCheck health, List<Supplier<Future<Void>>> closers) {
    InMemoryEventBus bus = new InMemoryEventBus(vertx);
    return new Adapters(store, appends, Leadership.alone(), bus, bus, checkpoints,
        new InMemoryNotifier(vertx), Future::succeededFuture, new InMemoryCache(),
        new InMemoryLoginThrottle(LOGIN_FAILURES, LOGIN_WINDOW), readModels, readModels, readModels, readModels,
        flights, positions, new ReadModelsWithFlights(readModels, flights), List.of(health), closers);
  }


  public Future<Void> close() {
    List<Future<Void>> closed = new ArrayList<>();
    closers.forEach(closer -> closed.add(closer.get().otherwiseEmpty()));
    return Future.join(closed).mapEmpty();
  }
}
