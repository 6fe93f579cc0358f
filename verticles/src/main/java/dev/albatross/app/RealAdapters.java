package dev.albatross.app;

import dev.albatross.adapter.memory.InMemoryEventBus;
import dev.albatross.adapter.memory.InMemoryNotifier;
import dev.albatross.adapter.pg.PgApiKeyUsage;
import dev.albatross.adapter.pg.PgCheckpointStore;
import dev.albatross.adapter.pg.PgConfig;
import dev.albatross.adapter.pg.PgEventStore;
import dev.albatross.adapter.pg.PgFlightReadModel;
import dev.albatross.adapter.pg.PgMigrations;
import dev.albatross.adapter.pg.PgPilotStatsQueries;
import dev.albatross.adapter.pg.PgPositionStore;
import dev.albatross.adapter.pg.PgReadModelQueries;
import dev.albatross.adapter.pg.PgReadModelWriter;
import dev.albatross.adapter.pg.PgRelayLock;
import dev.albatross.adapter.rabbitmq.RabbitMqConfig;
import dev.albatross.adapter.rabbitmq.RabbitMqEventPublisher;
import dev.albatross.adapter.rabbitmq.RabbitMqEventSubscriber;
import dev.albatross.adapter.rabbitmq.RabbitMqTopology;
import dev.albatross.adapter.redis.RedisCache;
import dev.albatross.adapter.redis.RedisConfig;
import dev.albatross.adapter.redis.RedisLoginThrottle;
import dev.albatross.adapter.redis.RedisNotificationSubscriber;
import dev.albatross.adapter.redis.RedisNotifier;
import dev.albatross.app.Config.ProcessRole;
import dev.albatross.bus.Addresses;
import dev.albatross.domain.port.EventPublisher;
import dev.albatross.domain.port.EventSubscriber;
import dev.albatross.domain.port.HealthCheck;
import dev.albatross.domain.port.Leadership;
import dev.albatross.domain.port.Notifier;
import dev.albatross.domain.readmodel.ReadModels;
import dev.albatross.domain.readmodel.ReadModelsWithFlights;
import dev.albatross.http.LiveMessages;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.redis.client.Redis;
import io.vertx.redis.client.RedisAPI;
import io.vertx.sqlclient.Pool;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Builds the adapters for PostgreSQL, RabbitMQ and Redis, each where its URL is set, with a
 * health check for each and in-memory stand-ins where one is not. RabbitMQ clients are opened
 * only by workers (gateways never touch the bus); migrations run before anything uses the schema.
 */
final class RealAdapters {
  private final Vertx vertx;
  private final Config config;
  private final List<HealthCheck> checks = new ArrayList<>();
  private final List<Supplier<Future<Void>>> closers = new ArrayList<>();

  RealAdapters(Vertx vertx, Config config) {
    this.vertx = vertx;
    this.config = config;
  }

  Future<Adapters> build() {
    if (config.pgUrl().isEmpty()) {
      return Future.failedFuture(new IllegalArgumentException(
          "ALBATROSS_PG_URL is required once RabbitMQ or Redis is configured: processes share the event store"));
    }
    String pgUrl = config.pgUrl().get();
    return PgMigrations.migrate(vertx, pgUrl).compose(v -> withPostgres(pgUrl));
  }

  private Future<Adapters> withPostgres(String pgUrl) {
    PgConnectOptions options = PgConfig.connectOptions(pgUrl).addProperty("application_name", applicationName());
    Pool pool = PgConfig.pool(vertx, options, PgConfig.DEFAULT_POOL_SIZE);
    PgEventStore store = PgEventStore.create(vertx, pool, options);
    closers.add(store::close);
    closers.add(pool::close);
    Supplier<Future<Void>> ping = () -> pool.query("select 1").execute().mapEmpty();
    checks.add(HealthCheck.of("postgresql", ping));
    Leadership relay = relayLeadership(options);
    // Migrations connect through JDBC; the pool's first connection is opened here, so a URL the
    // pool cannot use fails the start, not the first request.
    Adapters.Storage storage = new Adapters.Storage(store, store, new PgCheckpointStore(pool),
        new PgPositionStore(pool));
    return ping.get().compose(v -> bus()).compose(bus -> redis().map(redis -> new Adapters(storage, readModels(pool),
        new Adapters.Messaging(relay, bus.publisher, bus.subscriber, redis.notifier, redis.notifications),
        redis.gateway, List.copyOf(checks), List.copyOf(closers))));
  }

  private static ReadModels readModels(Pool pool) {
    PgReadModelQueries queries = new PgReadModelQueries(pool);
    PgFlightReadModel flights = new PgFlightReadModel(pool);
    return new ReadModels(new ReadModelsWithFlights(new PgReadModelWriter(pool), flights), queries, queries, queries,
        new PgApiKeyUsage(pool), queries, flights, new PgPilotStatsQueries(pool));
  }

  /** How PostgreSQL names this process's connections ({@code pg_stat_activity}): by its roles. */
  private String applicationName() {
    return "albatross-" + (config.runs(ProcessRole.GATEWAY) && config.runs(ProcessRole.WORKER) ? "all"
        : config.runs(ProcessRole.WORKER) ? "worker" : "gateway");
  }

  private Leadership relayLeadership(PgConnectOptions options) {
    PgRelayLock lock = PgRelayLock.forRelay(vertx, options);
    closers.add(lock::release);
    return new Leadership() {
      @Override
      public Future<Boolean> tryAcquire() {
        return lock.tryAcquire();
      }

      @Override
      public void onLost(Runnable lost) {
        lock.lostHandler(v -> lost.run());
      }
    };
  }

  private record Bus(EventPublisher publisher, EventSubscriber subscriber) {}

  private Future<Bus> bus() {
    if (config.rabbitMqUrl().isEmpty()) {
      InMemoryEventBus local = new InMemoryEventBus(vertx);
      return Future.succeededFuture(new Bus(local, local));
    }
    if (!config.runs(ProcessRole.WORKER)) {
      return Future.succeededFuture(new Bus(events -> Future.failedFuture(
          new IllegalStateException("a gateway publishes no events")), handler -> Future.succeededFuture()));
    }
    String url = config.rabbitMqUrl().get();
    RabbitMqEventPublisher publisher =
        new RabbitMqEventPublisher(RabbitMqConfig.options(url, "albatross-relay"), RabbitMqTopology.DEFAULT);
    RabbitMqEventSubscriber subscriber = new RabbitMqEventSubscriber(vertx,
        RabbitMqConfig.options(url, "albatross-projections"), RabbitMqTopology.DEFAULT, RabbitMqEventSubscriber.PROJECTIONS_PREFETCH);
    closers.add(subscriber::stop);
    checks.add(HealthCheck.of("rabbitmq", () -> publisher.connected() && subscriber.connected()
        ? Future.succeededFuture()
        : Future.failedFuture("not connected")));
    return vertx.deployVerticle(publisher).map(deployment -> {
      closers.add(() -> vertx.undeploy(deployment));
      return new Bus(publisher, subscriber);
    });
  }

  private record RedisBacked(Notifier notifier, Supplier<Future<Void>> notifications, Adapters.GatewayState gateway) {}

  private Future<RedisBacked> redis() {
    if (config.redisUrl().isEmpty()) {
      return Future.succeededFuture(new RedisBacked(new InMemoryNotifier(vertx, LiveMessages::encode), Future::succeededFuture,
          Adapters.GatewayState.inMemory()));
    }
    String url = config.redisUrl().get();
    Redis client = RedisConfig.client(vertx, url);
    RedisAPI api = RedisAPI.api(client);
    closers.add(() -> {
      api.close();
      return Future.succeededFuture();
    });
    checks.add(HealthCheck.of("redis", () -> api.ping(List.of()).mapEmpty()));
    // deployed when the gateway is ready to hear; undeployed, closing its connection, with Vert.x
    Supplier<Future<Void>> notifications = !config.runs(ProcessRole.GATEWAY) ? Future::succeededFuture
        : () -> vertx.deployVerticle(new RedisNotificationSubscriber(RedisConfig.options(url),
            RedisNotifier.DEFAULT_CHANNEL, n -> vertx.eventBus().publish(Addresses.NOTIFICATIONS, n),
            hearing -> vertx.eventBus().publish(Addresses.HEARING_NOTIFICATIONS, hearing))).mapEmpty();
    return Future.succeededFuture(new RedisBacked(new RedisNotifier(client, RedisNotifier.DEFAULT_CHANNEL, LiveMessages::encode), notifications,
        new Adapters.GatewayState(new RedisCache(client, RedisCache.DEFAULT_PREFIX), new RedisLoginThrottle(api,
            RedisLoginThrottle.DEFAULT_PREFIX, Adapters.LOGIN_FAILURES, Adapters.LOGIN_WINDOW))));
  }

}
