package dev.albatross.app;

import dev.albatross.adapter.memory.InMemoryCache;
import dev.albatross.adapter.memory.InMemoryCheckpointStore;
import dev.albatross.adapter.memory.InMemoryEventBus;
import dev.albatross.adapter.memory.InMemoryEventStore;
import dev.albatross.adapter.memory.InMemoryLoginThrottle;
import dev.albatross.adapter.memory.InMemoryNotifier;
import dev.albatross.adapter.memory.InMemoryReadModels;
import dev.albatross.domain.port.AppendSignal;
import dev.albatross.domain.port.Cache;
import dev.albatross.domain.port.CheckpointStore;
import dev.albatross.domain.port.EventPublisher;
import dev.albatross.domain.port.EventStore;
import dev.albatross.domain.port.EventSubscriber;
import dev.albatross.domain.port.LoginThrottle;
import dev.albatross.domain.port.Notifier;
import dev.albatross.domain.readmodel.ApiKeyQueries;
import dev.albatross.domain.readmodel.PirepQueries;
import dev.albatross.domain.readmodel.ReadModelWriter;
import dev.albatross.domain.readmodel.TenantQueries;
import dev.albatross.domain.readmodel.UserQueries;
import dev.albatross.http.HealthCheck;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.List;

/** The adapters behind every port, chosen by configuration, and what closes them. */
public record Adapters(
    EventStore store,
    AppendSignal appends,
    EventPublisher publisher,
    EventSubscriber subscriber,
    CheckpointStore checkpoints,
    Notifier notifier,
    Cache cache,
    LoginThrottle loginThrottle,
    TenantQueries tenants,
    UserQueries users,
    ApiKeyQueries apiKeys,
    PirepQueries pireps,
    ReadModelWriter readModels,
    List<HealthCheck> healthChecks,
    List<AutoCloseable> resources) {

  static final int LOGIN_FAILURES = 10;
  static final Duration LOGIN_WINDOW = Duration.ofMinutes(15);

  public static Future<Adapters> create(Vertx vertx, Config config) {
    if (config.pgUrl().isEmpty() && config.rabbitMqUrl().isEmpty() && config.redisUrl().isEmpty()) {
      return Future.succeededFuture(inMemory(vertx));
    }
    return Future.failedFuture(new IllegalArgumentException(
        "This build runs in memory only: unset ALBATROSS_PG_URL, ALBATROSS_RABBITMQ_URL and ALBATROSS_REDIS_URL"));
  }

  public static Adapters inMemory(Vertx vertx) {
    InMemoryEventStore store = new InMemoryEventStore();
    InMemoryEventBus bus = new InMemoryEventBus(vertx);
    InMemoryReadModels readModels = new InMemoryReadModels();
    HealthCheck memory = new HealthCheck() {
      @Override
      public String name() {
        return "memory";
      }

      @Override
      public Future<Void> check() {
        return Future.succeededFuture();
      }
    };
    return new Adapters(store, store, bus, bus, new InMemoryCheckpointStore(), new InMemoryNotifier(vertx),
        new InMemoryCache(), new InMemoryLoginThrottle(LOGIN_FAILURES, LOGIN_WINDOW), readModels, readModels,
        readModels, readModels, readModels, List.of(memory), List.of());
  }

  public void close() {
    for (AutoCloseable resource : resources) {
      try {
        resource.close();
      } catch (Exception ignored) {
        // closing on the way out: nothing left to tell
      }
    }
  }
}
